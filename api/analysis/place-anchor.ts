import { centroid } from '@turf/centroid'
import type { InfrastructureFeature, LngLat, ParkFeature } from '../domain/index.ts'

/**
 * The point a park or infrastructure feature is measured from: a Point's own position, or
 * for a (multi)polygon the `@turf/centroid` (mean of its vertices) rounded to 6 decimals
 * (~0.1 m, the precision of the data). For parks drawn as a circle
 * (`geometry_derivation: 'radius'`) this is the circle's centre.
 *
 * @example
 * placeAnchor(teda) // [117.71, 39.04]
 */
export function placeAnchor(feature: ParkFeature | InfrastructureFeature): LngLat {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates
  const [lng = Number.NaN, lat = Number.NaN] = centroid(feature.geometry).geometry.coordinates
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
}
