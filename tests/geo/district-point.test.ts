import { readFileSync } from 'node:fs'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { centroid } from '@turf/centroid'
import { pointToLineDistance } from '@turf/point-to-line-distance'
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

  it("is the point Binhai's district-level places are counted at", () => {
    const binhai = districts.find((d) => d.properties.code === '120116')
    expect(binhai && districtPoint(binhai)).toEqual([117.431487, 38.734209])
  })

  it('lies at least 1 km from every border and hole of every Tianjin district', () => {
    for (const district of districts) {
      const point = districtPoint(district)
      const polygons =
        district.geometry.type === 'Polygon'
          ? [district.geometry.coordinates]
          : district.geometry.coordinates
      const depthKm = Math.min(
        ...polygons
          .flat()
          .map((ring) =>
            pointToLineDistance(
              point,
              { type: 'LineString', coordinates: ring },
              { units: 'kilometers' },
            ),
          ),
      )
      expect(depthKm, district.properties.code).toBeGreaterThanOrEqual(1)
    }
  })

  it("keeps Ninghe's point off the Hebei (Tangshan) enclave hole, where point-on-feature put it", () => {
    const ninghe = districts.find((d) => d.properties.code === '120117')
    if (ninghe?.geometry.type !== 'Polygon') throw new Error('Ninghe is a Polygon with a hole')
    const [, hole] = ninghe.geometry.coordinates
    if (!hole) throw new Error('Ninghe lost its enclave hole')
    const point = districtPoint(ninghe)
    expect(point).not.toEqual([117.62967, 39.39742])
    const fromHoleKm = pointToLineDistance(
      point,
      { type: 'LineString', coordinates: hole },
      { units: 'kilometers' },
    )
    expect(fromHoleKm).toBeGreaterThanOrEqual(1)
    expect(booleanPointInPolygon(point, { type: 'Polygon', coordinates: [hole] })).toBe(false)
  })
})
