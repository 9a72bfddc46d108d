import { bbox } from '@turf/bbox'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import Flatbush from 'flatbush'
import type { DistrictFeature, LngLat } from '../../domain/index.ts'
import { districtGrid } from './district-grid.ts'

/** Point-in-district lookups over the district polygons, with a bbox pre-filter. */
export interface DistrictIndex {
  /** Districts by GB/T 2260 code (the first one when a code repeats). */
  byCode: ReadonlyMap<string, DistrictFeature>
  /** Districts whose polygon contains `position` (a point on a border counts for both). */
  containing(position: LngLat): DistrictFeature[]
  /** Whether district `code` contains `position` (false when there is no such district). */
  contains(code: string, position: LngLat): boolean
  /** `"120116 Binhai New Area"`, or the bare code when there is no such district. */
  label(code: string): string
}

/** Lookups answered by polygon tests before the grid (`districtGrid`) is built. */
const GRID_AFTER_LOOKUPS = 5000

/**
 * Builds a `DistrictIndex`: a flatbush index of district bboxes, then an exact
 * `booleanPointInPolygon` test on the few candidates; past 5,000 lookups a `districtGrid`
 * answers most without a polygon test.
 * @example buildDistrictIndex(ds.districts).containing([117.2, 39.13]) // [和平区 feature]
 */
export function buildDistrictIndex(districts: readonly DistrictFeature[]): DistrictIndex {
  const byCode = new Map<string, DistrictFeature>()
  for (const district of districts) {
    if (!byCode.has(district.properties.code)) byCode.set(district.properties.code, district)
  }
  const index = districts.length > 0 ? new Flatbush(districts.length) : undefined
  if (index) {
    for (const district of districts) {
      const [minLng, minLat, maxLng, maxLat] = bbox(district)
      index.add(minLng, minLat, maxLng, maxLat)
    }
    index.finish()
  }
  // after enough lookups to pay for it, a grid answers most of them without a polygon test
  let lookups = 0
  let grid: ((position: LngLat) => number | null | undefined) | undefined
  const gridAnswer = (position: LngLat) => {
    lookups += 1
    if (!grid && lookups > GRID_AFTER_LOOKUPS) grid = districtGrid(districts)
    return grid?.(position)
  }
  const containing = (position: LngLat): DistrictFeature[] => {
    if (!index) return []
    const cell = gridAnswer(position)
    if (cell === null) return []
    if (cell !== undefined) return [districts[cell] as DistrictFeature]
    const [lng, lat] = position
    return index
      .search(lng, lat, lng, lat)
      .map((i) => districts[i])
      .filter((d): d is DistrictFeature => d !== undefined && booleanPointInPolygon(position, d))
  }
  return {
    byCode,
    containing,
    contains(code, position) {
      const district = byCode.get(code)
      if (district === undefined) return false
      const cell = gridAnswer(position)
      if (cell === null) return false
      if (cell !== undefined) return districts[cell]?.properties.code === code
      return booleanPointInPolygon(position, district)
    },
    label(code) {
      const district = byCode.get(code)
      return district ? `${code} ${district.properties.name_en}` : code
    },
  }
}

/** `"in 120110 Dongli District"`, or `"outside every district"` — where a position lies. */
export function whereIs(index: DistrictIndex, position: LngLat): string {
  const found = index.containing(position)
  if (found.length === 0) return 'outside every district'
  return `in ${found.map((d) => index.label(d.properties.code)).join(' / ')}`
}
