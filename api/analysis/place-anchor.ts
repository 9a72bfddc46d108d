import { centroid } from '@turf/centroid'
import type { MultiPolygon, Point, Polygon } from 'geojson'
import type { LngLat } from '../domain/index.ts'
import { roundPosition } from '../domain/round-coordinates.ts'

/**
 * The point a place is measured from: a Point's own position (sites, point parks, point
 * infrastructure), or for a (multi)polygon the `@turf/centroid` (mean of its vertices)
 * rounded to 6 decimals (~0.1 m, the precision of the data). The one definition of a place's
 * anchor: the API's analyses, the web's profile, compare and brief all use it. A park with no
 * geometry has no anchor (see `parkLocation`).
 *
 * @example
 * placeAnchor(tedaEastArea) // [117.719, 39.030519]
 */
export function placeAnchor(feature: { geometry: Point | Polygon | MultiPolygon }): LngLat {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates as LngLat
  return roundPosition(centroid(feature.geometry).geometry.coordinates)
}
