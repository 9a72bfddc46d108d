import type { AnalysisSubject, DistrictRef, LngLat, LocationPrecision } from '../domain/index.ts'
import { districtAt, districtRef } from './districts-within.ts'
import { parkFamily } from './park-location.ts'
import type { PlaceIndex } from './place-index.ts'
import { positionAt } from './point-index.ts'

const RANK: Record<LocationPrecision, number> = { exact: 0, approximate: 1, district: 2 }

/**
 * A point the user gave as an analysis subject: `exact`, measured from itself, in the
 * district that contains it (none offshore).
 *
 * @example pointSubject(places, [117.2, 39.13]) // { type: 'point', centers: [[117.2, 39.13]], … }
 */
export function pointSubject(places: PlaceIndex, center: LngLat): AnalysisSubject {
  const district = districtAt(places.districts, center)
  return {
    type: 'point',
    park_id: null,
    location_precision: 'exact',
    centers: [center],
    districts: district ? [districtRef(district)] : [],
  }
}

/**
 * A park as an analysis subject: measured from the anchors of itself and its parts that are
 * located (a zone of parts from its located parts; a park inside another from its parent's),
 * with the best of their precisions; a park with none is `district`-level (`centers` empty:
 * nothing is measured from it). Its districts are its own and its parts'. Returns `undefined`
 * for an unknown park id.
 *
 * @example parkSubject(places, 'teda') // { centers: [East Area point], location_precision: 'approximate', … }
 * @example parkSubject(places, 'china-hydrogen-valley') // { centers: [], location_precision: 'district', … }
 */
export function parkSubject(places: PlaceIndex, parkId: string): AnalysisSubject | undefined {
  if (!places.parkById.has(parkId)) return undefined
  const family = [...parkFamily(parkId, places.allParks)]
  const centers: LngLat[] = []
  let precision: LocationPrecision = 'district'
  places.parks.items.forEach((park, i) => {
    if (!family.includes(park.properties.id)) return
    const at = positionAt(places.parks, i)
    if (!centers.some((c) => c[0] === at[0] && c[1] === at[1])) centers.push(at)
    const p = places.parkPrecision.get(park.properties.id) ?? 'district'
    if (RANK[p] < RANK[precision]) precision = p
  })
  const codes = new Set(family.map((id) => places.parkById.get(id)?.properties.district_code))
  const districts: DistrictRef[] = places.districts.items
    .filter((d) => codes.has(d.properties.code))
    .map(districtRef)
  return { type: 'park', park_id: parkId, location_precision: precision, centers, districts }
}
