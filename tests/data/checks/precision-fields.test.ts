import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const DONGAOMO = 'dongaomo-capacity-expansion'

describe('precision-fields', () => {
  it('flags a district-precision site away from the district representative point', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(DONGAOMO).geometry.coordinates = [117.175, 39.13]
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${DONGAOMO} · geometry.coordinates: district precision: point [117.175, 39.13] is not the representative point [117.17, 39.13] of 120112 Fixture District 9 (turf pointOnFeature, 6 decimals) [precision-fields]`,
    ])
  })

  it('flags a district-precision site whose location_source does not say how it was placed', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(DONGAOMO).properties.location_source = 'Near the battery works.'
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${DONGAOMO} · properties.location_source: district precision: say that the point is the district representative point (pointOnFeature) [precision-fields]`,
    ])
  })

  it('flags a blank location_source', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.location_source = '   '
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.location_source: is blank; say what the position rests on [precision-fields]',
    ])
  })

  it('flags a district-precision park circle not centred on the district representative point', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park('zhongju-battery-industrial-park')
    park.properties.location_precision = 'district'
    park.properties.location_source =
      'District only: drawn around the district representative point.'
    if (park.geometry.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    park.geometry.coordinates = park.geometry.coordinates.map((ring) =>
      ring.map(([lng, lat]) => [Number((lng + 0.002).toFixed(6)), lat]),
    )
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · geometry: district precision: circle centre [117.212, 39.11] is not the representative point [117.21, 39.11] of 120110 Fixture District 7 (turf pointOnFeature, 6 decimals) [precision-fields]',
    ])
  })

  it('accepts a district-precision park circle centred on the representative point', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park('zhongju-battery-industrial-park')
    park.properties.location_precision = 'district'
    park.properties.location_source =
      'District only: drawn around the district representative point.'
    expect(checkLines(dataset)).toEqual([])
  })
})
