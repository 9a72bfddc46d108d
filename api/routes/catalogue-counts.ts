import type { SectorFilter } from '../analysis/sector-filter.ts'

interface Tagged {
  properties: { sectors: readonly string[]; chain_links: readonly string[] }
}

/** How many places each sector filter and each chain link (`chain/link`) matches. */
export interface CatalogueCounts {
  bySector: Map<string, number>
  byChainLink: Map<string, number>
}

/**
 * Counts, in one pass over `places`, the places each sector filter matches (`matchesSector`:
 * tagged with the sector or a sub-sector) and the places listing each chain link (a place
 * listing a link twice counts once). Places sharing the same sector list are grouped first,
 * so the filters run once per distinct list, not once per place: a million sites in a few
 * hundred milliseconds instead of one scan per sector and per link.
 *
 * @example
 * catalogueCounts(sites, filters).bySector.get('new-energy') // 18
 */
export function catalogueCounts(
  places: readonly Tagged[],
  filters: ReadonlyMap<string, SectorFilter>,
): CatalogueCounts {
  const bySectorList = new Map<string, { sectors: readonly string[]; count: number }>()
  const byChainLink = new Map<string, number>()
  for (const { properties } of places) {
    const { sectors, chain_links: links } = properties
    const key = sectors.length === 1 ? (sectors[0] as string) : sectors.join('\n')
    const group = bySectorList.get(key)
    if (group) group.count += 1
    else bySectorList.set(key, { sectors, count: 1 })
    for (let i = 0; i < links.length; i++) {
      const ref = links[i] as string
      if (links.indexOf(ref) === i) byChainLink.set(ref, (byChainLink.get(ref) ?? 0) + 1)
    }
  }
  const bySector = new Map<string, number>()
  for (const [id, filter] of filters) {
    let count = 0
    for (const { sectors, count: n } of bySectorList.values()) {
      if (sectors.some((s) => filter.ids.has(s))) count += n
    }
    bySector.set(id, count)
  }
  return { bySector, byChainLink }
}
