import type { MultiPolygon, Polygon } from 'geojson'
import type { LngLat } from '../domain/index.ts'
import { poleOfInaccessibility } from './pole-of-inaccessibility.ts'

/** What `districtPoint` needs of a district: its polygon. */
export interface DistrictShape {
  geometry: Polygon | MultiPolygon
}

/**
 * The representative point of a district, where the marker of a place known only to district
 * level stands and where the map writes a district's count of such places: the district's
 * pole of inaccessibility (the inner point farthest from every border and hole, `polylabel`),
 * 6 decimals. `check:data` (rule `district-points-inside`) keeps it ≥ 1 km from any border.
 * The one definition the data checks, the geometry tools, the API and the map use.
 *
 * @example districtPoint(ninghe) // [117.560358, 39.266234], 8 km from any border
 */
export function districtPoint(district: DistrictShape): LngLat {
  return poleOfInaccessibility(district.geometry)
}
