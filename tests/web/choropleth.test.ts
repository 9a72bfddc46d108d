import { describe, expect, it } from 'vitest'
import {
  classOf,
  type DistrictStatsRow,
  districtValues,
  valueClasses,
} from '../../web/features/district-stats/choropleth.ts'

const row = (
  code: string,
  sites: number,
  invest = 0,
  withInvest = 0,
  sector?: string,
): DistrictStatsRow => ({
  district_code: code,
  sites,
  investment_cny_100m: invest,
  sites_with_investment: withInvest,
  ...(sector ? { sector } : {}),
})

const BY_DISTRICT = [row('120116', 30, 12.5, 2), row('120111', 4), row('120101', 0)]
const BY_SECTOR = [row('120116', 3, 0, 0, 'hydrogen'), row('120111', 1, 0, 0, 'wind')]

describe('the district choropleth', () => {
  it('counts sites per district over all sectors, or over one sector (0 where it has none)', () => {
    expect([...districtValues(BY_DISTRICT, BY_SECTOR, 'sites', null)]).toEqual([
      ['120116', 30],
      ['120111', 4],
      ['120101', 0],
    ])
    expect(districtValues(BY_DISTRICT, BY_SECTOR, 'sites', 'hydrogen').get('120111')).toBe(0)
    expect(districtValues(BY_DISTRICT, BY_SECTOR, 'sites', 'hydrogen').get('120116')).toBe(3)
  })

  it('gives no figure, not zero, for investment where no site states one', () => {
    const values = districtValues(BY_DISTRICT, BY_SECTOR, 'investment', null)
    expect(values.get('120116')).toBe(12.5)
    expect(values.get('120111')).toBeNull()
    expect(
      districtValues(BY_DISTRICT, BY_SECTOR, 'investment', 'hydrogen').get('120116'),
    ).toBeNull()
  })

  it('makes one class per value when there are few, quantile classes when there are many', () => {
    expect(valueClasses([0, null, 2, 5, 2])).toEqual([
      { min: 2, max: 2 },
      { min: 5, max: 5 },
    ])
    const classes = valueClasses([1, 1, 2, 3, 4, 6, 8, 12, 30, 0, null], 4)
    expect(classes.length).toBeLessThanOrEqual(4)
    expect(classes[0]?.min).toBe(1)
    expect(classes[classes.length - 1]?.max).toBe(30)
    for (let i = 1; i < classes.length; i++) {
      expect(classes[i]?.min).toBeGreaterThan(classes[i - 1]?.max ?? 0)
    }
  })

  it('puts zero and no figure in classes of their own', () => {
    const classes = valueClasses([2, 5])
    expect(classOf(0, classes)).toBe(-1)
    expect(classOf(null, classes)).toBeNull()
    expect(classOf(5, classes)).toBe(1)
  })
})
