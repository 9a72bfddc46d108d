import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../api/data/load-dataset.ts'

/**
 * Facts about the shipped tours (`geodata/tours.json`); their references and quotes are
 * `check:data` rules, run on the shipped data by tests/data/sites.test.ts.
 */
const dataset = await loadDataset(fileURLToPath(new URL('../../', import.meta.url)))
const subjects = (id: string) =>
  dataset.tours.find((t) => t.id === id)?.stops.map((s) => s.subject.id)

describe('geodata/tours.json', () => {
  it('covers the five new-energy fields of 2018 and the ten key chains of 2021, one stop each', () => {
    expect(subjects('ne18-fields')).toEqual(['nev', 'li-battery', 'wind', 'solar-pv', 'hydrogen'])
    const keyChains = dataset.chains.filter((c) => c.id.startsWith('chain-')).map((c) => c.id)
    expect([...(subjects('mfg21-chains') ?? [])].sort()).toEqual(keyChains.sort())
  })
})
