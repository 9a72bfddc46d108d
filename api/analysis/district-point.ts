import { pointOnFeature } from '@turf/point-on-feature'
import type { MultiPolygon, Polygon } from 'geojson'
import type { LngLat } from '../domain/index.ts'
import { roundPosition } from '../domain/round-coordinates.ts'

/** What `districtPoint` needs of a district: its polygon. */
export interface DistrictShape {
  geometry: Polygon | MultiPolygon
}

/**
 * The representative point of a district, where a place known only to district level is put:
 * turf `pointOnFeature` of the district polygon (always inside it), rounded to 6 decimals.
 * The one definition the data checks and the geometry tools use.
 *
 * @example districtPoint(binhai) // [117.594595, 38.909595]
 */
export function districtPoint(district: DistrictShape): LngLat {
  const feature = { type: 'Feature' as const, properties: {}, geometry: district.geometry }
  return roundPosition(pointOnFeature(feature).geometry.coordinates)
}
