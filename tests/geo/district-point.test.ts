import { readFileSync } from 'node:fs'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { centroid } from '@turf/centroid'
import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { districtPoint } from '../../api/analysis/district-point.ts'
import { decimalPlaces } from '../../api/data/checks/coordinate-sanity.ts'
import { DistrictCollectionSchema } from '../../api/domain/index.ts'

/** A C-shaped district whose centroid falls in the gap, outside the polygon. */
const C_SHAPE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.0, 39.0],
      [117.3, 39.0],
      [117.3, 39.05],
      [117.05, 39.05],
      [117.05, 39.25],
      [117.3, 39.25],
      [117.3, 39.3],
      [117.0, 39.3],
      [117.0, 39.0],
    ],
  ],
}

const districts = DistrictCollectionSchema.parse(
  JSON.parse(readFileSync(new URL('../../geodata/districts.geojson', import.meta.url), 'utf8')),
).features

describe('districtPoint', () => {
  it('lies inside a district whose centroid does not', () => {
    const outside = centroid(C_SHAPE).geometry.coordinates
    expect(booleanPointInPolygon(outside, C_SHAPE)).toBe(false)
    expect(booleanPointInPolygon(districtPoint({ geometry: C_SHAPE }), C_SHAPE)).toBe(true)
  })

  it('lies inside every Tianjin district and keeps at most 6 decimals', () => {
    for (const district of districts) {
      const point = districtPoint(district)
      expect(booleanPointInPolygon(point, district), district.properties.code).toBe(true)
      expect(Math.max(...point.map(decimalPlaces))).toBeLessThanOrEqual(6)
    }
  })

  it("is the point Binhai's district-level places sit on today", () => {
    const binhai = districts.find((d) => d.properties.code === '120116')
    expect(binhai && districtPoint(binhai)).toEqual([117.594595, 38.909595])
  })
})
