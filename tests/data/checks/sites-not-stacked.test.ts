import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

describe('sites-not-stacked', () => {
  it('flags two located sites on one point', async () => {
    const dataset = await validDataset()
    const dongaomo = fixtureParts(dataset).site('dongaomo-capacity-expansion')
    Object.assign(dongaomo.properties, {
      location_precision: 'exact',
      placement: 'source',
      district_code: '120111',
    })
    dongaomo.geometry.coordinates = [117.31, 39.148]
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · dongaomo-capacity-expansion · geometry.coordinates: shares point [117.31, 39.148] with "tianjin-lishen-battery"; spread located sites (npx tsx api/data/geodata/place-sites.ts spreads them) [sites-not-stacked]',
    ])
  })
})
