import { distance } from '@turf/distance'
import type { LngLat } from '../domain/index.ts'

/**
 * Great-circle (haversine) distance between two `[lng, lat]` positions in kilometres, as
 * `@turf/distance` computes it (earth radius 6371.0088 km). Every analysis uses this one
 * formula so results agree exactly with a naive turf scan.
 *
 * @example
 * distanceKm([117.2, 39.13], [117.2, 39.14]) // ≈ 1.112 km
 */
export function distanceKm(from: LngLat, to: LngLat): number {
  return distance(from, to, { units: 'kilometers' })
}
