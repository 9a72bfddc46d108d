import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('citations-resolve', () => {
  it('flags a chain-link citation of a clause that does not exist', async () => {
    const dataset = await validDataset()
    must(fixtureParts(dataset).chain('li-battery').links[1], 'second link').citations = [
      'ne18-3.3.9',
    ]
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/chains.json · li-battery · links[1].citations[0]: clause "ne18-3.3.9" is not in seeds/extracted/clauses.json [citations-resolve]',
    ])
  })

  it('flags a target whose clause_id does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().clause_id = 'ne18-1.4'
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/targets.json · ne18-new-energy-output-2020 · clause_id: clause "ne18-1.4" is not in seeds/extracted/clauses.json [citations-resolve]',
    ])
  })

  it('flags a citation of a clause whose span is empty', async () => {
    const dataset = await validDataset()
    const title = fixtureParts(dataset).clause('ne18-0.p1')
    title.end = title.start
    must(dataset.unplaced[0], 'an unplaced entity').citations = ['ne18-0.p1']
    const span = `[${title.start}, ${title.start})`
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/unplaced.json · zf-gearbox-expansion · citations[0]: cited clause ne18-0.p1: span ${span} is empty or reversed [citations-resolve]`,
      `seeds/extracted/clauses.json · ne18-0.p1 · end: span ${span} is empty or reversed [clause-spans]`,
    ])
  })

  it('flags a site whose plans list a document it never cites', async () => {
    const dataset = await validDataset()
    const lishen = fixtureParts(dataset).site('tianjin-lishen-battery')
    lishen.properties.plans = ['ne18', 'mfg21']
    const issues = checkLines(dataset)
    expect(issues).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.plans[1]: document "mfg21" is not in seeds/extracted/documents.json [references-exist]',
      'geodata/sites.geojson · tianjin-lishen-battery · properties.plans[1]: lists plan mfg21 but cites no mfg21 clause [citations-resolve]',
    ])
  })

  it('flags a park that cites a heading with sub-clauses instead of the clause naming it', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park('zhongju-battery-industrial-park').properties.citations = [
      'ne18-3.3',
    ]
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · zhongju-battery-industrial-park · properties.citations[0]: clause ne18-3.3 has sub-clauses; cite the sub-clause that names the place [citations-resolve]',
    ])
  })

  it('flags a tour stop that quotes a clause that does not exist', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(1).clause_id = 'ne18-9.9'
    const issues = checkLines(dataset).filter((line) => line.endsWith('[citations-resolve]'))
    expect(issues).toEqual([
      'geodata/tours.json · fixture-battery-tour · stops[1].clause_id: clause "ne18-9.9" is not in seeds/extracted/clauses.json [citations-resolve]',
    ])
  })
})
