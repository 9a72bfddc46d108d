import type { Sector } from '../domain/index.ts'
import { sectorTree } from '../domain/sector-tree.ts'

/** A sector filter: the sector id and the ids it matches (itself and its sub-sectors). */
export interface SectorFilter {
  id: string
  ids: ReadonlySet<string>
}

/**
 * Builds the filter for `sectorId`: a place matches when it is tagged with the sector or
 * any descendant (via `parent_id`), e.g. `new-energy` matches `li-battery` sites.
 *
 * @example
 * sectorFilter(sectors, 'new-energy').ids // Set { 'new-energy', 'nev', 'li-battery', … }
 */
export function sectorFilter(sectors: readonly Sector[], sectorId: string): SectorFilter {
  return { id: sectorId, ids: sectorTree(sectors).descendants(sectorId) }
}

/**
 * Whether a place with `placeSectors` passes `filter` (no filter passes everything).
 *
 * @example
 * matchesSector(['li-battery'], sectorFilter(sectors, 'new-energy')) // true
 */
export function matchesSector(
  placeSectors: readonly string[],
  filter: SectorFilter | null | undefined,
): boolean {
  return !filter || placeSectors.some((s) => filter.ids.has(s))
}
