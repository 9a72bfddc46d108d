import type { LngLat, NearestResult } from '../domain/index.ts'
import { districtLevelIn } from './district-level.ts'
import { districtAt, districtRef } from './districts-within.ts'
import { toPlaceHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { nearestPoints } from './point-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * The `k` located sites nearest to `center` (of `sector` and its sub-sectors when given),
 * nearest first, ties broken by id; fewer than `k` when the data has fewer. District-level
 * sites of the point's district are listed apart (`district_level`: same district, distance
 * unknown); a point outside every district has none.
 *
 * @param center `[lng, lat]` WGS84 degrees
 * @param k number of sites wanted (≥ 1)
 * @example
 * nearestBySector(places, [117.2, 39.13], 3, sectorFilter(sectors, 'hydrogen'))
 * // { k: 3, items: [{ distance_km: 4.2, … }, …], district_level: { districts: [Heping], total: 0, items: [] } }
 */
export function nearestBySector(
  places: PlaceIndex,
  center: LngLat,
  k: number,
  sector: SectorFilter | null = null,
): NearestResult {
  const accept = (s: { properties: { sectors: string[] } }) =>
    matchesSector(s.properties.sectors, sector)
  const hits = nearestPoints(places.sites, center, k, accept)
  const district = districtAt(places.districts, center)
  return {
    center,
    sector: sector?.id ?? null,
    k,
    items: hits.map((hit) => toPlaceHit(places, 'site', hit)),
    district_level: districtLevelIn(places, district ? [districtRef(district)] : [], {
      kind: 'site',
      accept,
    }),
  }
}
