import { describe, expect, it } from 'vitest'
import { parseCoordinates } from '../../../web/features/search/parse-coordinates.ts'

describe('reading coordinates typed into search', () => {
  it('reads longitude, latitude with a comma, a space or a full-width comma', () => {
    expect(parseCoordinates('117.2, 39.13')).toEqual([117.2, 39.13])
    expect(parseCoordinates('117.2 39.13')).toEqual([117.2, 39.13])
    expect(parseCoordinates(' 117.2，39.13 ')).toEqual([117.2, 39.13])
  })

  it('swaps latitude, longitude when only the second number can be a longitude', () => {
    expect(parseCoordinates('39.13, 117.2')).toEqual([117.2, 39.13])
  })

  it('follows N/S/E/W letters before or after the numbers, with or without degrees', () => {
    expect(parseCoordinates('39.13N 117.2E')).toEqual([117.2, 39.13])
    expect(parseCoordinates('39.13°N, 117.2°E')).toEqual([117.2, 39.13])
    expect(parseCoordinates('E117.2 N39.13')).toEqual([117.2, 39.13])
    expect(parseCoordinates('33.9S 18.4E')).toEqual([18.4, -33.9])
  })

  it('reads two small numbers as longitude, latitude (the order of the map’s links)', () => {
    expect(parseCoordinates('12.5, 41.9')).toEqual([12.5, 41.9])
  })

  it('refuses names, single numbers, three numbers, two latitudes and out-of-range values', () => {
    for (const text of [
      '力神',
      'TEDA 2',
      '117.2',
      '117.2, 39.13, 5',
      '39N 40N',
      '200, 39',
      '117, 95',
    ]) {
      expect(parseCoordinates(text), text).toBeNull()
    }
  })
})
