import type { LngLat, NearestResult } from '../domain/index.ts'
import { toPlaceHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { nearestPoints } from './point-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * The `k` sites nearest to `center` (of `sector` and its sub-sectors when given), nearest
 * first, ties broken by id. Returns fewer than `k` when the data has fewer matching sites.
 *
 * @param center `[lng, lat]` WGS84 degrees
 * @param k number of sites wanted (≥ 1)
 * @example
 * nearestBySector(places, [117.2, 39.13], 3, sectorFilter(sectors, 'hydrogen'))
 * // { center: [117.2, 39.13], sector: 'hydrogen', k: 3, items: [{ distance_km: 4.2, … }, …] }
 */
export function nearestBySector(
  places: PlaceIndex,
  center: LngLat,
  k: number,
  sector: SectorFilter | null = null,
): NearestResult {
  const hits = nearestPoints(places.sites, center, k, (s) =>
    matchesSector(s.properties.sectors, sector),
  )
  return {
    center,
    sector: sector?.id ?? null,
    k,
    items: hits.map((hit) => toPlaceHit(places, 'site', hit)),
  }
}
