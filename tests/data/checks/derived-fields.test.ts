import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const PARK = 'zhongju-battery-industrial-park'

describe('derived-fields', () => {
  it('flags a park whose area_km2 is not the area of its polygon', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.area_km2 = 28.229
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · properties.area_km2: area_km2 28.229 is not the area of the geometry, 0.276 km² (turf area); write 0.276 [derived-fields]`,
    ])
  })

  it('flags a district whose area_km2 is not the area of its polygon', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).district('120116').properties.area_km2 = 4
    expect(checkLines(dataset)).toEqual([
      'geodata/districts.geojson · 120116 · properties.area_km2: area_km2 4 is not the area of the geometry, 3.835 km² (turf area); write 3.835 [derived-fields]',
    ])
  })

  it('flags a radius-derived park without radius_km', async () => {
    const dataset = await validDataset()
    delete fixtureParts(dataset).park(PARK).properties.radius_km
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · properties.radius_km: a radius-derived park must give radius_km [derived-fields]`,
    ])
  })

  it('flags a radius park whose polygon is not the circle radius_km says', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.radius_km = 0.5
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry.coordinates[0][0]: a radius park must be the circle of radius_km 0.5 around its centre [117.21, 39.11], but 16 vertices are not; first [117.21, 39.112698] is 0.300 km away [derived-fields]`,
    ])
  })

  it('flags a boundary park that still gives radius_km', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.geometry_derivation = 'boundary'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · properties.radius_km: a boundary park has no radius_km (only radius-derived circles do) [derived-fields]`,
    ])
  })
})
