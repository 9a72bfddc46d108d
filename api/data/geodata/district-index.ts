import { readFileSync } from 'node:fs'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import booleanWithin from '@turf/boolean-within'
import { districtPoint } from '../../analysis/district-point.ts'
import type { LngLat } from '../../domain/geometry.ts'
import { type AreaGeometry, geometryPositions } from './polygon-tools.ts'

export interface DistrictShape {
  code: string
  name_zh: string
  name_en: string
  geometry: AreaGeometry
}

/** Reads `districts.geojson` (a FeatureCollection with `code`, `name_zh`, `name_en`). */
export function readDistricts(path: string): DistrictShape[] {
  const collection = JSON.parse(readFileSync(path, 'utf8')) as {
    features: {
      properties: { code: string; name_zh: string; name_en: string }
      geometry: AreaGeometry
    }[]
  }
  return collection.features.map((f) => ({
    code: f.properties.code,
    name_zh: f.properties.name_zh,
    name_en: f.properties.name_en,
    geometry: f.geometry,
  }))
}

function asFeature(geometry: AreaGeometry) {
  return { type: 'Feature' as const, properties: {}, geometry }
}

/** The district that contains `position` (boundary counts as inside), or `null`. */
export function districtAt(districts: DistrictShape[], position: LngLat): DistrictShape | null {
  return districts.find((d) => booleanPointInPolygon(position, asFeature(d.geometry))) ?? null
}

/** The district with `code`; throws when there is none. */
export function districtByCode(districts: DistrictShape[], code: string): DistrictShape {
  const district = districts.find((d) => d.code === code)
  if (!district) throw new Error(`no district with code ${code}`)
  return district
}

/**
 * The documented representative point of a district: turf `pointOnFeature` of its polygon,
 * rounded to 6 decimals.
 */
export function districtRepresentativePoint(district: DistrictShape): LngLat {
  return districtPoint(district)
}

/**
 * Why `geometry` is not inside `district`, or `null` when it is: every vertex must be inside
 * (or on the border of) the district and, for shapes that do not share the district's border,
 * turf `booleanWithin` must hold too (catches edges that leave the district between vertices).
 */
export function containmentProblem(
  district: DistrictShape,
  geometry: AreaGeometry,
  sharesBorder: boolean,
): string | null {
  const outside = geometryPositions(geometry).filter(
    (p) => !booleanPointInPolygon(p, asFeature(district.geometry)),
  )
  if (outside.length > 0) {
    return `${outside.length} vertices outside ${district.code}, e.g. [${outside[0]?.join(', ')}]`
  }
  if (!sharesBorder && !booleanWithin(asFeature(geometry), asFeature(district.geometry))) {
    return `an edge leaves district ${district.code}`
  }
  return null
}
