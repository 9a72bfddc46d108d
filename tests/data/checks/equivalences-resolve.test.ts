import { describe, expect, it } from 'vitest'
import { checkLines, must, validDataset } from '../valid-fixture.ts'

describe('equivalences-resolve', () => {
  it('flags an equivalence naming a link no chain has', async () => {
    const dataset = await validDataset()
    must(dataset.chainEquivalences[0], 'an equivalence').also_satisfied_by.push('li-battery/anode')
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/chain-equivalences.json · li-battery/recycling · [0].also_satisfied_by[1]: link "li-battery/anode" is not a link of seeds/extracted/chains.json [equivalences-resolve]',
    ])
  })

  it('flags a link that is its own equivalent', async () => {
    const dataset = await validDataset()
    must(dataset.chainEquivalences[0], 'an equivalence').also_satisfied_by = [
      'li-battery/recycling',
    ]
    expect(checkLines(dataset)).toEqual([
      'seeds/extracted/chain-equivalences.json · li-battery/recycling · [0].also_satisfied_by[0]: a link is not its own equivalent [equivalences-resolve]',
    ])
  })
})
