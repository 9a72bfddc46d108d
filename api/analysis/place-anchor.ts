import { centroid } from '@turf/centroid'
import type { InfrastructureFeature, LngLat, ParkFeature, SiteFeature } from '../domain/index.ts'
import { roundPosition } from '../domain/round-coordinates.ts'

/**
 * The point a place is measured from: a Point's own position (sites, point infrastructure),
 * or for a (multi)polygon the `@turf/centroid` (mean of its vertices) rounded to 6 decimals
 * (~0.1 m, the precision of the data). For parks drawn as a circle
 * (`geometry_derivation: 'radius'`) this is the circle's centre. The one definition of a
 * park's anchor: the API's analyses, the web's profile, compare and brief all use it.
 *
 * @example
 * placeAnchor(teda) // [117.71, 39.04]
 */
export function placeAnchor(feature: ParkFeature | SiteFeature | InfrastructureFeature): LngLat {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates
  return roundPosition(centroid(feature.geometry).geometry.coordinates)
}
