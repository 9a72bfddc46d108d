import { describe, expect, it } from 'vitest'
import { CHECK_RULES, checkDataset } from '../../api/data/check-dataset.ts'
import { validDataset } from './valid-fixture.ts'

describe('checkDataset', () => {
  it('finds no issues in the valid fixture', async () => {
    expect(checkDataset(await validDataset())).toEqual([])
  })

  it('runs all nineteen rules', () => {
    expect(Object.keys(CHECK_RULES).sort()).toEqual([
      'citations-resolve',
      'clause-spans',
      'derived-fields',
      'district-points-inside',
      'districts-tile',
      'equivalences-resolve',
      'geometry-valid',
      'in-claimed-district',
      'layers-not-empty',
      'no-shared-geometries',
      'park-extent',
      'place-sourced',
      'precision-fields',
      'references-exist',
      'site-in-park',
      'sites-not-stacked',
      'stated-coordinates',
      'target-in-clause',
      'unique-ids',
    ])
  })

  it('leaves the dataset it checks unchanged', async () => {
    const dataset = await validDataset()
    const before = structuredClone(dataset)
    checkDataset(dataset)
    expect(dataset).toEqual(before)
  })

  it('reports several problems of several rules in one run', async () => {
    const dataset = await validDataset()
    const [lishen] = dataset.sites
    if (!lishen) throw new Error('fixture lacks sites')
    lishen.properties.district_code = '120110'
    lishen.properties.sectors.push('solar')
    const rules = checkDataset(dataset).map((i) => i.rule)
    expect(rules).toEqual(['references-exist', 'in-claimed-district'])
  })
})
