import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

describe('in-claimed-district', () => {
  it('flags a site whose point lies in another district than it claims', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.district_code = '120110'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.district_code: point is not inside 120110 Fixture District 7: [117.235, 39.114] is in 120111 Fixture District 8 [in-claimed-district]',
    ])
  })

  it('flags a park polygon that spills over its district border', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park('zhongju-battery-industrial-park')
    if (park.geometry.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    // Shift the 0.3 km circle east so its centre sits on the 117.22 border with 120111.
    park.geometry.coordinates = park.geometry.coordinates.map((ring) =>
      ring.map(([lng, lat]) => [Number((lng + 0.01).toFixed(6)), lat]),
    )
    expect(checkLines(dataset)).toEqual([
      expect.stringMatching(
        /^geodata\/parks\.geojson · zhongju-battery-industrial-park · properties\.district_code: \d+ of 16 vertices are not inside 120110 Fixture District 7; first \[117\.22\d*, 39\.\d+\] is in 120111 Fixture District 8 \[in-claimed-district\]$/,
      ),
    ])
  })

  it('flags an infrastructure point outside its claimed district', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).infrastructure().properties.district_code = '120101'
    expect(checkLines(dataset)).toEqual([
      'geodata/infrastructure.geojson · fixture-rail-station · properties.district_code: point is not inside 120101 Fixture District 1: [117.165, 39.145] is in 120116 Fixture District 13 [in-claimed-district]',
    ])
  })

  it('counts a point on the district border as inside', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').geometry.coordinates = [117.22, 39.114]
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags a park circle whose edge leaves its district between two vertices', async () => {
    const dataset = await validDataset()
    // A thin notch from the north edge of 120110 (117.20–117.22 E, 39.10–39.12 N) reaching
    // down across the circle's chord between its first two vertices, but round no vertex.
    fixtureParts(dataset).district('120110').geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [117.2, 39.1],
          [117.22, 39.1],
          [117.22, 39.12],
          [117.2094, 39.12],
          [117.2094, 39.11255],
          [117.2092, 39.11255],
          [117.2092, 39.12],
          [117.2, 39.12],
          [117.2, 39.1],
        ],
      ],
    }
    const issues = checkLines(dataset).filter((line) => line.endsWith('[in-claimed-district]'))
    expect(issues).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · properties.district_code: the circle is not within 120110 Fixture District 7: an edge leaves the district between two vertices [in-claimed-district]',
    ])
  })
})
