import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('references-exist', () => {
  it('flags a site sector id that is not in sectors.json', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.sectors.push('solar')
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.sectors[1]: sector "solar" is not in seeds/extracted/sectors.json [references-exist]',
    ])
  })

  it('flags a chain-link ref whose link the chain does not have', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.chain_links = [
      'li-battery/anode',
    ]
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · properties.chain_links[0]: chain li-battery has no link "anode" (links: separator, cells, recycling) [references-exist]',
    ])
  })

  it('flags a chain-link ref whose chain does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.chain_links = [
      'hydrogen/stacks',
    ]
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.chain_links[0]: chain "hydrogen" is not in seeds/extracted/chains.json [references-exist]',
    ])
  })

  it('flags a site whose park_id names no park', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.park_id = 'teda'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.park_id: park "teda" is not in geodata/parks.geojson [references-exist]',
    ])
  })

  it('flags a clause whose parent does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).clause('ne18-1.3').parent_id = 'ne18-2'
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/clauses.json · ne18-1.3 · parent_id: clause "ne18-2" is not in seeds/extracted/clauses.json [references-exist]',
    ])
  })

  it('flags a district code no district has', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).infrastructure().properties.district_code = '120120'
    expect(checkLines(dataset)).toEqual([
      'geodata/infrastructure.geojson · fixture-rail-station · properties.district_code: district "120120" is not in geodata/districts.geojson [references-exist]',
    ])
  })

  it('flags a target scope that is not a sector id', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().scope = 'wind+solar-pv'
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/targets.json · ne18-new-energy-output-2020 · scope: scope "wind+solar-pv": "solar-pv" is not a sector id (scope is a sector id, ids joined by "+", or one of all|manufacturing|industry) [references-exist]',
    ])
  })

  it('accepts a target scope of sector ids joined by "+"', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().scope = 'li-battery+wind'
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags a sector whose parent sector does not exist', async () => {
    const dataset = await validDataset()
    must(
      dataset.sectors.find((s) => s.id === 'wind'),
      'sector wind',
    ).parent_id = 'renewables'
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/sectors.json · wind · parent_id: sector "renewables" is not in seeds/extracted/sectors.json [references-exist]',
    ])
  })

  it('flags a plan id that is not in documents.json', async () => {
    const dataset = await validDataset()
    dataset.documents = dataset.documents.filter((d) => d.id !== 'ne18')
    const issues = checkLines(dataset)
    expect(issues).toContainEqual(
      'seeds/extracted/targets.json · ne18-new-energy-output-2020 · doc_id: document "ne18" is not in seeds/extracted/documents.json [references-exist]',
    )
    expect(issues.filter((line) => !line.endsWith('[references-exist]'))).toEqual([])
  })

  it('flags a tour stop that flies to a site that does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(1).place.id = 'no-such-site'
    expect(checkLines(dataset)).toEqual([
      'geodata/tours.json · fixture-battery-tour · stops[1].place.id: site "no-such-site" is not in geodata/sites.geojson [references-exist]',
    ])
  })

  it('flags a tour stop that flies to a park id that is a site', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(0).place.id = 'dongaomo-capacity-expansion'
    expect(checkLines(dataset)).toEqual([
      'geodata/tours.json · fixture-battery-tour · stops[0].place.id: park "dongaomo-capacity-expansion" is not in geodata/parks.geojson [references-exist]',
    ])
  })

  it('flags a tour stop whose sector, chain or target does not exist', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    parts.tourStop(0).subject.id = 'solar'
    parts.tourStop(0).target_id = 'no-such-target'
    parts.tourStop(1).subject.id = 'wind'
    expect(checkLines(dataset)).toEqual([
      'geodata/tours.json · fixture-battery-tour · stops[0].subject.id: sector "solar" is not in seeds/extracted/sectors.json [references-exist]',
      'geodata/tours.json · fixture-battery-tour · stops[0].target_id: target "no-such-target" is not in seeds/extracted/targets.json [references-exist]',
      'geodata/tours.json · fixture-battery-tour · stops[1].subject.id: chain "wind" is not in seeds/extracted/chains.json [references-exist]',
    ])
  })
})
