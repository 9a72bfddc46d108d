import { describe, expect, it } from 'vitest'
import { roundCoordinate, roundPosition } from '../../api/domain/round-coordinates.ts'

describe('coordinate rounding', () => {
  it('keeps 6 decimals (~0.1 m)', () => {
    expect(roundCoordinate(117.12345678)).toBe(117.123457)
    expect(roundCoordinate(-0.0000004)).toBe(-0)
  })

  it('rounds both parts of a [lng, lat] position', () => {
    expect(roundPosition([117.1234564, 39.0000005])).toEqual([117.123456, 39.000001])
  })
})
