import { describe, expect, it } from 'vitest'
import { derivePlaceFields } from '../../api/curation/derive-place-fields.ts'
import { geometryAreaKm2 } from '../../api/data/checks/derived-fields.ts'

type Place = { geometry: GeoJSON.Geometry | null; properties: Record<string, unknown> }

/** About 1.1 km × 1.1 km near the Xiqing district point. */
const SQUARE: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.0, 39.0],
      [117.013, 39.0],
      [117.013, 39.01],
      [117.0, 39.01],
      [117.0, 39.0],
    ],
  ],
}

describe('derivePlaceFields', () => {
  it('gives a park drawn with an outline the area of its polygon, whatever was written', () => {
    const park = derivePlaceFields<Place>('park', {
      geometry: SQUARE,
      properties: { extent: 'outline', area_km2: 28 },
    })
    expect(park.properties.area_km2).toBeCloseTo(geometryAreaKm2(SQUARE), 3)
    expect(park.properties.area_km2).toBeGreaterThan(1)
    expect(park.properties.area_km2).toBeLessThan(1.3)
  })

  it('gives no area to a park whose extent is not an outline, nor to a site', () => {
    const point = derivePlaceFields<Place>('park', {
      geometry: { type: 'Point', coordinates: [117, 39] },
      properties: { extent: 'point' },
    })
    expect(point.properties.area_km2).toBeUndefined()
    const partial = derivePlaceFields<Place>('park', {
      geometry: SQUARE,
      properties: { extent: 'partial-outline' },
    })
    expect(partial.properties.area_km2).toBeUndefined()
  })

  it('lists the plans of the cited clauses in citation order', () => {
    const site = derivePlaceFields<Place>('site', {
      geometry: null,
      properties: { citations: ['mfg21-2.1', 'ne18-3.4', 'mfg21-1.1'] },
    })
    expect(site.properties.plans).toEqual(['mfg21', 'ne18'])
  })
})
