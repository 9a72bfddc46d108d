import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { pointToLineDistance } from '@turf/point-to-line-distance'
import type { DistrictFeature, DistrictRef, LngLat } from '../domain/index.ts'
import { type BoxIndex, featuresInBbox } from './box-index.ts'

const KM_PER_DEGREE_LAT = 110.574

/**
 * Districts the disc of `radiusKm` around `center` touches: the district containing the
 * point, and every district whose border comes within `radiusKm` of it (great-circle,
 * `@turf/point-to-line-distance`). A flatbush box search on the disc's bounding box finds the
 * candidates. In code order.
 *
 * @example districtsWithinKm(districts, [117.2, 39.13], 5) // [Heping, Hexi, Nankai, …]
 */
export function districtsWithinKm(
  districts: BoxIndex<DistrictFeature>,
  center: LngLat,
  radiusKm: number,
): DistrictFeature[] {
  const dLat = radiusKm / KM_PER_DEGREE_LAT
  const dLng =
    radiusKm / (KM_PER_DEGREE_LAT * Math.max(Math.cos((center[1] * Math.PI) / 180), 0.01))
  const box: [number, number, number, number] = [
    center[0] - dLng,
    center[1] - dLat,
    center[0] + dLng,
    center[1] + dLat,
  ]
  return featuresInBbox(districts, box)
    .filter((d) => booleanPointInPolygon(center, d.geometry) || borderWithinKm(d, center, radiusKm))
    .sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1))
}

function borderWithinKm(district: DistrictFeature, center: LngLat, radiusKm: number): boolean {
  const polygons =
    district.geometry.type === 'Polygon'
      ? [district.geometry.coordinates]
      : district.geometry.coordinates
  return polygons.some((rings) =>
    rings.some(
      (ring) =>
        pointToLineDistance(
          center,
          { type: 'LineString', coordinates: ring },
          { units: 'kilometers' },
        ) <= radiusKm,
    ),
  )
}

/**
 * The district whose polygon contains `point` (the first in code order on a shared border).
 *
 * @example districtAt(districts, [117.2, 39.13])?.properties.code // '120101'
 */
export function districtAt(
  districts: BoxIndex<DistrictFeature>,
  point: LngLat,
): DistrictFeature | undefined {
  return districtsWithinKm(districts, point, 0)[0]
}

/**
 * A district as analyses name it.
 *
 * @example districtRef(binhai) // { code: '120116', name_zh: '滨海新区', name_en: 'Binhai New Area' }
 */
export function districtRef(district: DistrictFeature): DistrictRef {
  const { code, name_zh, name_en } = district.properties
  return { code, name_zh, name_en }
}
