import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

describe('in-claimed-district', () => {
  it('flags a site whose point lies in another district than it claims', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.district_code = '120110'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.district_code: point is not inside 120110 Fixture District 7: [117.31, 39.148] is in 120111 Fixture District 8 [in-claimed-district]',
    ])
  })

  it('flags a park outline that spills over its district border', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park('fixture-battery-base')
    if (park.geometry?.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    // Shift the square 0.03° east so its east side crosses the 117.28 border with 120111.
    park.geometry.coordinates = park.geometry.coordinates.map((ring) =>
      ring.map(([lng, lat]) => [Number((lng + 0.03).toFixed(6)), lat]),
    )
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · fixture-battery-base · properties.district_code: 2 of 4 vertices are not inside 120110 Fixture District 7; first [117.285, 39.125] is in 120111 Fixture District 8 [in-claimed-district]',
    ])
  })

  it('flags a point park outside its claimed district', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.district_code =
      '120111'
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · properties.district_code: point is not inside 120111 Fixture District 8: [117.26, 39.14] is in 120110 Fixture District 7 [in-claimed-district]',
    ])
  })

  it('flags an infrastructure point outside its claimed district', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).infrastructure().properties.district_code = '120101'
    expect(checkLines(dataset)).toEqual([
      'geodata/infrastructure.geojson · fixture-rail-station · properties.district_code: point is not inside 120101 Fixture District 1: [117.17, 39.21] is in 120116 Fixture District 13 [in-claimed-district]',
    ])
  })

  it('counts a point on the district border as inside', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').geometry.coordinates = [117.28, 39.148]
    expect(checkLines(dataset)).toEqual([])
  })
})
