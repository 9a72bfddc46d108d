import type { LngLat, PlaceHit, PlaceType, SectorCount, WithinResult } from '../domain/index.ts'
import { districtLevelIn } from './district-level.ts'
import { districtRef, districtsWithinKm } from './districts-within.ts'
import { comparePlaceHits, toPlaceHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { pointsWithinKm } from './point-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

export interface WithinOptions {
  /** Only places of this sector (or its sub-sectors). */
  sector?: SectorFilter | null
  /** Only sites or only parks. */
  kind?: PlaceType | null
}

/**
 * Located sites and parks whose distance from `center` is ≤ `radiusKm` (inclusive), nearest
 * first (ties: parks first, then by id); a park is measured to its anchor. `by_sector` counts
 * those hits per sector tag. District-level places are never measured: those of the districts
 * the radius touches are listed apart in `district_level`.
 *
 * @param center `[lng, lat]` WGS84 degrees
 * @param radiusKm radius in kilometres (great-circle, `@turf/distance`)
 * @example
 * sitesWithinRadius(places, [117.2, 39.13], 10, { sector: sectorFilter(sectors, 'li-battery') })
 * // { total: 3, items: [...], by_sector: [...], district_level: { districts: [...], total: 2, items: [...] } }
 */
export function sitesWithinRadius(
  places: PlaceIndex,
  center: LngLat,
  radiusKm: number,
  options: WithinOptions = {},
): WithinResult {
  const accept = (p: { properties: { sectors: string[] } }) =>
    matchesSector(p.properties.sectors, options.sector)
  const items: PlaceHit[] = []
  if (options.kind !== 'park') {
    for (const hit of pointsWithinKm(places.sites, center, radiusKm, accept)) {
      items.push(toPlaceHit(places, 'site', hit))
    }
  }
  if (options.kind !== 'site') {
    for (const hit of pointsWithinKm(places.parks, center, radiusKm, accept)) {
      items.push(toPlaceHit(places, 'park', hit))
    }
  }
  items.sort(comparePlaceHits)
  const touched = districtsWithinKm(places.districts, center, radiusKm).map(districtRef)
  return {
    center,
    radius_km: radiusKm,
    sector: options.sector?.id ?? null,
    kind: options.kind ?? null,
    total: items.length,
    items,
    by_sector: countBySector(items),
    district_level: districtLevelIn(places, touched, { kind: options.kind, accept }),
  }
}

/**
 * Per-sector counts of hits, most hits first (then by sector id).
 *
 * @example
 * countBySector(items) // [{ sector: 'li-battery', sites: 3, parks: 1 }, …]
 */
export function countBySector(items: readonly PlaceHit[]): SectorCount[] {
  const counts = new Map<string, SectorCount>()
  for (const item of items) {
    for (const sector of item.sectors) {
      const c = counts.get(sector) ?? { sector, sites: 0, parks: 0 }
      if (item.type === 'site') c.sites += 1
      else c.parks += 1
      counts.set(sector, c)
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.sites + b.parks - (a.sites + a.parks) || (a.sector < b.sector ? -1 : 1),
  )
}
