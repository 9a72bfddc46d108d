import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { fixtureParts, validDataset } from '../valid-fixture.ts'

const LISHEN = 'tianjin-lishen-battery'

describe('place-sourced', () => {
  it('flags a site with neither a cited clause nor a source_url', async () => {
    const dataset = await validDataset()
    const site = fixtureParts(dataset).site(LISHEN)
    site.properties.citations = []
    site.properties.plans = []
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'place-sourced',
        file: 'geodata/sites.geojson',
        id: LISHEN,
        field: 'properties.source_url',
        message: 'cites no plan clause and gives no source_url: say where the place comes from',
      },
    ])
  })

  it('accepts a site that no plan names when it gives a source_url', async () => {
    const dataset = await validDataset()
    const site = fixtureParts(dataset).site(LISHEN)
    site.properties.citations = []
    site.properties.plans = []
    site.properties.source_url = 'https://www.lishen.com.cn/'
    expect(checkDataset(dataset)).toEqual([])
  })
})
