import type { ClusterHullFeature } from '../../../api/domain/index.ts'

/** Members an open cluster lists at a time. */
export const MEMBER_PAGE = 100

type Member = ClusterHullFeature['properties']['members'][number]

/**
 * The members an open cluster lists: the first `pages` × `MEMBER_PAGE`, each with the names the
 * analysis answered with (so a tiled map, whose browser lists no site, names them too), and how
 * many are not shown yet. A cluster of a million-site dataset can hold thousands.
 *
 * @example clusterMemberRows(hull.properties, 1) // { rows: [{ id, name_zh, name_en, … }, …], more: 0 }
 */
export function clusterMemberRows(
  cluster: Pick<ClusterHullFeature['properties'], 'members'>,
  pages: number,
): { rows: Member[]; more: number } {
  const rows = cluster.members.slice(0, pages * MEMBER_PAGE)
  return { rows, more: cluster.members.length - rows.length }
}
