import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const DONGAOMO = 'dongaomo-capacity-expansion'

describe('precision-fields', () => {
  it('flags a district-precision site away from the district representative point', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(DONGAOMO).geometry.coordinates = [117.175, 39.17]
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${DONGAOMO} · geometry.coordinates: district precision: point [117.175, 39.17] is not the representative point [117.18, 39.18] of 120112 Fixture District 9 (pole of inaccessibility, 6 decimals; npx tsx api/data/geodata/place-sites.ts moves it) [precision-fields]`,
    ])
  })

  it('flags a district-precision site whose location_source does not say how it was placed', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(DONGAOMO).properties.location_source = 'Near the battery works.'
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${DONGAOMO} · properties.location_source: district precision: say that the point is the district representative point [precision-fields]`,
    ])
  })

  it('flags a blank location_source', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.location_source = '   '
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.location_source: is blank; say what the position rests on [precision-fields]',
    ])
  })

  it('flags a blank basis for users', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.location_basis_zh = ' '
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · properties.location_basis_zh: is blank; say what the position rests on [precision-fields]',
    ])
  })

  it('flags a site placed at its district point whose precision says more', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.placement = 'district'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.placement: placement "district" does not match location_precision "exact": a site is placed at its district\'s point exactly when only the district is known [precision-fields]',
    ])
  })
})
