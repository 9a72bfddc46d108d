import { readFileSync } from 'node:fs'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { districtPoint } from '../../analysis/district-point.ts'
import type { LngLat } from '../../domain/geometry.ts'
import type { AreaGeometry } from './polygon-tools.ts'

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
