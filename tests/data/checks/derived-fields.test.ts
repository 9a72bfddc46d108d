import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const OUTLINE_PARK = 'fixture-battery-base'

describe('derived-fields', () => {
  it('flags a park whose area_km2 is not the area of its outline', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(OUTLINE_PARK).properties.area_km2 = 28.229
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${OUTLINE_PARK} · properties.area_km2: area_km2 28.229 is not the area of the geometry, 0.959 km² (turf area); write 0.959 [derived-fields]`,
    ])
  })

  it('flags a district whose area_km2 is not the area of its polygon', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).district('120116').properties.area_km2 = 4
    expect(checkLines(dataset)).toEqual([
      'geodata/districts.geojson · 120116 · properties.area_km2: area_km2 4 is not the area of the geometry, 15.326 km² (turf area); write 15.326 [derived-fields]',
    ])
  })
})
