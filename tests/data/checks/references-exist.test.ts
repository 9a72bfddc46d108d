import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { fixtureParts, must, validDataset } from '../valid-fixture.ts'

const issue = (file: string, id: string, field: string, message: string) => ({
  rule: 'references-exist',
  file,
  id,
  field,
  message,
})

describe('references-exist', () => {
  it('flags a site sector id that is not in sectors.json', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.sectors.push('solar')
    expect(checkDataset(dataset)).toEqual([
      issue(
        'geodata/sites.geojson',
        'tianjin-lishen-battery',
        'properties.sectors[1]',
        'sector "solar" is not in seeds/extracted/sectors.json',
      ),
    ])
  })

  it('flags a chain-link ref whose link the chain does not have', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.chain_links = [
      'li-battery/anode',
    ]
    expect(checkDataset(dataset)).toEqual([
      issue(
        'geodata/parks.geojson',
        'zhongju-battery-industrial-park',
        'properties.chain_links[0]',
        'chain li-battery has no link "anode" (links: separator, cells, recycling)',
      ),
    ])
  })

  it('flags a chain-link ref whose chain does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.chain_links = [
      'hydrogen/stacks',
    ]
    expect(checkDataset(dataset)).toEqual([
      issue(
        'geodata/sites.geojson',
        'tianjin-lishen-battery',
        'properties.chain_links[0]',
        'chain "hydrogen" is not in seeds/extracted/chains.json',
      ),
    ])
  })

  it('flags a site whose park_id names no park', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.park_id = 'teda'
    expect(checkDataset(dataset)).toEqual([
      issue(
        'geodata/sites.geojson',
        'tianjin-lishen-battery',
        'properties.park_id',
        'park "teda" is not in geodata/parks.geojson',
      ),
    ])
  })

  it('flags a clause whose parent does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).clause('ne18-1.3').parent_id = 'ne18-2'
    expect(checkDataset(dataset)).toEqual([
      issue(
        'seeds/extracted/clauses.json',
        'ne18-1.3',
        'parent_id',
        'clause "ne18-2" is not in seeds/extracted/clauses.json',
      ),
    ])
  })

  it('flags a district code no district has', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).infrastructure().properties.district_code = '120120'
    expect(checkDataset(dataset)).toEqual([
      issue(
        'geodata/infrastructure.geojson',
        'fixture-rail-station',
        'properties.district_code',
        'district "120120" is not in geodata/districts.geojson',
      ),
    ])
  })

  it('flags a target scope that is not a sector id', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().scope = 'wind+solar-pv'
    expect(checkDataset(dataset)).toEqual([
      issue(
        'seeds/extracted/targets.json',
        'ne18-new-energy-output-2020',
        'scope',
        'scope "wind+solar-pv": "solar-pv" is not a sector id (scope is a sector id, ids joined by "+", or one of all|manufacturing|industry)',
      ),
    ])
  })

  it('accepts a target scope of sector ids joined by "+"', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().scope = 'li-battery+wind'
    expect(checkDataset(dataset)).toEqual([])
  })

  it('flags a sector whose parent sector does not exist', async () => {
    const dataset = await validDataset()
    must(
      dataset.sectors.find((s) => s.id === 'wind'),
      'sector wind',
    ).parent_id = 'renewables'
    expect(checkDataset(dataset)).toEqual([
      issue(
        'seeds/extracted/sectors.json',
        'wind',
        'parent_id',
        'sector "renewables" is not in seeds/extracted/sectors.json',
      ),
    ])
  })

  it('flags a plan id that is not in documents.json', async () => {
    const dataset = await validDataset()
    dataset.documents = dataset.documents.filter((d) => d.id !== 'ne18')
    const issues = checkDataset(dataset)
    expect(issues).toContainEqual(
      issue(
        'seeds/extracted/targets.json',
        'ne18-new-energy-output-2020',
        'doc_id',
        'document "ne18" is not in seeds/extracted/documents.json',
      ),
    )
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(['references-exist']))
  })

  it('flags a tour stop that flies to a site that does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(1).place.id = 'no-such-site'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'references-exist',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[1].place.id',
        message: 'site "no-such-site" is not in geodata/sites.geojson',
      },
    ])
  })

  it('flags a tour stop that flies to a park id that is a site', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(0).place.id = 'dongaomo-capacity-expansion'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'references-exist',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[0].place.id',
        message: 'park "dongaomo-capacity-expansion" is not in geodata/parks.geojson',
      },
    ])
  })

  it('flags a tour stop whose sector, chain or target does not exist', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    parts.tourStop(0).subject.id = 'solar'
    parts.tourStop(0).target_id = 'no-such-target'
    parts.tourStop(1).subject.id = 'wind'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'references-exist',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[0].subject.id',
        message: 'sector "solar" is not in seeds/extracted/sectors.json',
      },
      {
        rule: 'references-exist',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[0].target_id',
        message: 'target "no-such-target" is not in seeds/extracted/targets.json',
      },
      {
        rule: 'references-exist',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[1].subject.id',
        message: 'chain "wind" is not in seeds/extracted/chains.json',
      },
    ])
  })
})
