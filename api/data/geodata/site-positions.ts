import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { districtPoint } from '../../analysis/district-point.ts'
import { parkLocation, parkLookup } from '../../analysis/park-location.ts'
import { poleOfInaccessibility } from '../../analysis/pole-of-inaccessibility.ts'
import type { DistrictFeature, LngLat, ParkFeature, SiteFeature } from '../../domain/index.ts'
import { writtenCoordinates } from '../checks/written-coordinates.ts'
import { spreadAround } from './spread-points.ts'

/** Spacing of sites spread around one point, km (≈ 14 px at zoom 11: markers stay apart). */
export const MEMBER_SPACING_KM = 0.8

/**
 * Where each site's point belongs, by its `placement`: `district` → its district's
 * representative point; `park` → spread inside its located park (around a point park within
 * its uncertainty ring, or around an outline's pole of inaccessibility, every point inside it),
 * members in id order; `source` → its own position, except that sites whose sources write the
 * same reference coordinate are spread around it (an `exact` one keeps it). Sites whose park is not located, or whose
 * district is unknown, are left out (`check:data` names them).
 *
 * @example sitePositions(ds.sites, ds.parks, ds.districts).get('ppg-global-coatings-rnd-center')
 */
export function sitePositions(
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
  districts: readonly DistrictFeature[],
): Map<string, LngLat> {
  const positions = new Map<string, LngLat>()
  const sorted = [...sites].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))
  for (const site of sorted) {
    if (site.properties.placement !== 'district') continue
    const district = districts.find((d) => d.properties.code === site.properties.district_code)
    if (district) positions.set(site.properties.id, districtPoint(district))
  }
  for (const [, group] of parkGroups(sorted, parks)) {
    group.ids.forEach((id, i) => {
      const at = group.positions[i]
      if (at) positions.set(id, at)
    })
  }
  for (const group of referenceGroups(sorted)) {
    // An `exact` site keeps the coordinate its source gives; the others are spread around it.
    const keeper = group.sites.find((s) => s.properties.location_precision === 'exact')
    if (keeper) positions.set(keeper.properties.id, group.centre)
    const others = group.sites.filter((s) => s !== keeper)
    const spread = spreadAround(group.centre, others.length, MEMBER_SPACING_KM)
    others.forEach((site, i) => {
      positions.set(site.properties.id, spread[i] as LngLat)
    })
  }
  for (const site of sorted) {
    if (!positions.has(site.properties.id) && site.properties.placement === 'source') {
      positions.set(site.properties.id, site.geometry.coordinates)
    }
  }
  return positions
}

function parkGroups(sites: readonly SiteFeature[], parks: readonly ParkFeature[]) {
  const lookup = parkLookup(parks)
  const members = new Map<
    string,
    { ids: string[]; location: NonNullable<ReturnType<typeof parkLocation>> }
  >()
  for (const site of sites) {
    const park = site.properties.park_id ? lookup(site.properties.park_id) : undefined
    const location =
      park && site.properties.placement === 'park' ? parkLocation(park, lookup) : null
    if (!location) continue
    const group = members.get(location.drawnBy) ?? { ids: [], location }
    group.ids.push(site.properties.id)
    members.set(location.drawnBy, group)
  }
  return [...members].map(([key, { ids, location }]) => {
    const geometry = location.geometry
    if (geometry.type === 'Point') {
      const limitKm = (location.uncertaintyKm ?? MEMBER_SPACING_KM) * 0.5
      const spacing = Math.min(
        MEMBER_SPACING_KM,
        limitKm / Math.sqrt(Math.max(ids.length - 0.5, 0.5)),
      )
      return [
        key,
        { ids, positions: spreadAround(geometry.coordinates as LngLat, ids.length, spacing) },
      ] as const
    }
    const centre = poleOfInaccessibility(geometry)
    let spacing = MEMBER_SPACING_KM
    let spread = spreadAround(centre, ids.length, spacing)
    while (spacing > 0.01 && spread.some((p) => !booleanPointInPolygon(p, geometry))) {
      spacing *= 0.8
      spread = spreadAround(centre, ids.length, spacing)
    }
    return [key, { ids, positions: spread }] as const
  })
}

/** Sites placed by `source` that share the first coordinate their sources write (≥ 2 each). */
function referenceGroups(
  sites: readonly SiteFeature[],
): { centre: LngLat; sites: SiteFeature[] }[] {
  const groups = new Map<string, { centre: LngLat; sites: SiteFeature[] }>()
  for (const site of sites) {
    if (site.properties.placement !== 'source') continue
    const written = writtenCoordinates(site.properties.location_source)[0]
    if (!written) continue
    const key = written.position.join(',')
    const group = groups.get(key) ?? { centre: written.position, sites: [] }
    group.sites.push(site)
    groups.set(key, group)
  }
  return [...groups.values()].filter((g) => g.sites.length > 1)
}
