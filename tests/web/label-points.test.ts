import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { describe, expect, it } from 'vitest'
import { labelPoints } from '../../web/map/sources/label-points.ts'

/** A C-shaped polygon whose centroid falls in its notch, outside the shape. */
const C_SHAPE: GeoJSON.Feature<GeoJSON.Polygon> = {
  type: 'Feature',
  properties: { name_zh: '丙', name_en: 'C' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [117, 39],
        [117.3, 39],
        [117.3, 39.05],
        [117.05, 39.05],
        [117.05, 39.25],
        [117.3, 39.25],
        [117.3, 39.3],
        [117, 39.3],
        [117, 39],
      ],
    ],
  },
}

describe('label points', () => {
  it('puts the label inside the area even when its centroid is not', () => {
    const [point] = labelPoints([C_SHAPE]).features
    expect(point && booleanPointInPolygon(point, C_SHAPE)).toBe(true)
  })

  it('labels a multipolygon in its largest part, not in a small enclave', () => {
    const enclave = [
      [
        [117.4, 39.4],
        [117.41, 39.4],
        [117.41, 39.41],
        [117.4, 39.41],
        [117.4, 39.4],
      ],
    ]
    const multi: GeoJSON.Feature<GeoJSON.MultiPolygon> = {
      ...C_SHAPE,
      geometry: { type: 'MultiPolygon', coordinates: [enclave, C_SHAPE.geometry.coordinates] },
    }
    const [point] = labelPoints([multi]).features
    expect(point && booleanPointInPolygon(point, C_SHAPE)).toBe(true)
  })

  it('keeps the area’s names and adds extra properties', () => {
    expect(labelPoints([C_SHAPE], { role: 'sea' }).features[0]?.properties).toEqual({
      name_zh: '丙',
      name_en: 'C',
      role: 'sea',
    })
  })
})
