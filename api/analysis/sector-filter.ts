import type { Sector } from '../domain/index.ts'

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
  const ids = new Set([sectorId])
  let grew = true
  while (grew) {
    grew = false
    for (const s of sectors) {
      if (s.parent_id !== null && ids.has(s.parent_id) && !ids.has(s.id)) {
        ids.add(s.id)
        grew = true
      }
    }
  }
  return { id: sectorId, ids }
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
