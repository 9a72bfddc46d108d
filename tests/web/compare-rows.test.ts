import { describe, expect, it } from 'vitest'
import {
  bestInRow,
  differingRows,
  type ParkColumn,
} from '../../web/features/compare/compare-rows.ts'

const column = (id: string, change: Partial<ParkColumn> = {}): ParkColumn => ({
  id,
  district: 'Binhai New Area',
  kind: 'zone',
  level: 'national',
  extent: 'Position only (within about 5 km); extent not known',
  sectors: ['nev', 'li-battery'],
  siteCount: 3,
  chainId: 'nev',
  chainScore: 0.5,
  portKm: 10.04,
  airportKm: 30,
  railKm: 5,
  measured: true,
  precision: 'approximate',
  ...change,
})

describe('differingRows', () => {
  it('marks no row when the parks agree everywhere (sectors in any order, distances as displayed)', () => {
    const b = column('b', { sectors: ['li-battery', 'nev'], portKm: 10.01 })
    expect(differingRows([column('a'), b])).toEqual(new Set())
  })

  it('marks exactly the rows whose values differ', () => {
    const b = column('b', { level: null, siteCount: 5, railKm: 7.5 })
    expect(differingRows([column('a'), b])).toEqual(new Set(['level', 'sites', 'rail']))
  })

  it('does not judge a row while one park’s value is still loading', () => {
    const b = column('b', { chainScore: undefined, portKm: undefined, siteCount: 9 })
    expect(differingRows([column('a'), b])).toEqual(new Set(['sites']))
  })

  it('marks the chain row when the parks are scored on different chains, even with equal scores', () => {
    const b = column('b', { chainId: 'chain-green-petrochem' })
    expect(differingRows([column('a'), b])).toEqual(new Set(['chain']))
  })

  it('marks nothing with a single park', () => {
    expect(differingRows([column('a')])).toEqual(new Set())
  })
})

describe('bestInRow', () => {
  const parks = [
    column('a', { portKm: 20, chainScore: 0.25, siteCount: 4 }),
    column('b', { portKm: 8, chainScore: 0.75, siteCount: 4 }),
    column('c', { portKm: null, chainScore: 0.75, siteCount: 1 }),
  ]

  it('names the shortest distance, ignoring parks with none', () => {
    expect(bestInRow(parks, 'port')).toEqual(['b'])
  })

  it('names every park tied for the highest completeness or most sites', () => {
    expect(bestInRow(parks, 'chain')).toEqual(['b', 'c'])
    expect(bestInRow(parks, 'sites')).toEqual(['a', 'b'])
  })

  it('names no best completeness when each park is scored on its own chain', () => {
    const own = [
      column('a', { chainScore: 0.25 }),
      column('b', { chainId: 'chain-green-petrochem', chainScore: 0.75 }),
    ]
    expect(bestInRow(own, 'chain')).toEqual([])
  })

  it('names no best for rows without an order, or rows that do not differ', () => {
    expect(bestInRow(parks, 'district')).toEqual([])
    expect(bestInRow(parks, 'airport')).toEqual([])
  })
})
