import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('citations-resolve', () => {
  it('flags a chain-link citation of a clause that does not exist', async () => {
    const dataset = await validDataset()
    must(fixtureParts(dataset).chain('li-battery').links[1], 'second link').citations = [
      'ne18-3.3.9',
    ]
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'citations-resolve',
        file: 'seeds/extracted/chains.json',
        id: 'li-battery',
        field: 'links[1].citations[0]',
        message: 'clause "ne18-3.3.9" is not in seeds/extracted/clauses.json',
      },
    ])
  })

  it('flags a target whose clause_id does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().clause_id = 'ne18-1.4'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'citations-resolve',
        file: 'seeds/extracted/targets.json',
        id: 'ne18-new-energy-output-2020',
        field: 'clause_id',
        message: 'clause "ne18-1.4" is not in seeds/extracted/clauses.json',
      },
    ])
  })

  it('flags a citation of a clause whose span is empty', async () => {
    const dataset = await validDataset()
    const title = fixtureParts(dataset).clause('ne18-0.p1')
    title.end = title.start
    must(dataset.unplaced[0], 'an unplaced entity').citations = ['ne18-0.p1']
    const span = `[${title.start}, ${title.start})`
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'citations-resolve',
        file: 'seeds/extracted/unplaced.json',
        id: 'zf-gearbox-expansion',
        field: 'citations[0]',
        message: `cited clause ne18-0.p1: span ${span} is empty or reversed`,
      },
      {
        rule: 'clause-spans',
        file: 'seeds/extracted/clauses.json',
        id: 'ne18-0.p1',
        field: 'end',
        message: `span ${span} is empty or reversed`,
      },
    ])
  })

  it('flags a site whose plans list a document it never cites', async () => {
    const dataset = await validDataset()
    const lishen = fixtureParts(dataset).site('tianjin-lishen-battery')
    lishen.properties.plans = ['ne18', 'mfg21']
    const issues = checkDataset(dataset)
    expect(issues).toEqual([
      {
        rule: 'references-exist',
        file: 'geodata/sites.geojson',
        id: 'tianjin-lishen-battery',
        field: 'properties.plans[1]',
        message: 'document "mfg21" is not in seeds/extracted/documents.json',
      },
      {
        rule: 'citations-resolve',
        file: 'geodata/sites.geojson',
        id: 'tianjin-lishen-battery',
        field: 'properties.plans[1]',
        message: 'lists plan mfg21 but cites no mfg21 clause',
      },
    ])
  })

  it('flags a park that cites a heading with sub-clauses instead of the clause naming it', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.citations = [
      'ne18-3.3',
    ]
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'citations-resolve',
        file: 'geodata/parks.geojson',
        id: 'zhongju-battery-industrial-park',
        field: 'properties.citations[0]',
        message: 'clause ne18-3.3 has sub-clauses; cite the sub-clause that names the place',
      },
    ])
  })

  it('flags a tour stop that quotes a clause that does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(1).clause_id = 'ne18-9.9'
    const issues = checkDataset(dataset).filter((i) => i.rule === 'citations-resolve')
    expect(issues).toEqual([
      {
        rule: 'citations-resolve',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'stops[1].clause_id',
        message: 'clause "ne18-9.9" is not in seeds/extracted/clauses.json',
      },
    ])
  })
})
