import { describe, expect, it } from 'vitest'
import { siteTilesUrl } from '../../web/lib/api/site-tiles-url.ts'

const TILES = 'http://h/api/tiles/sites/{z}/{x}/{y}.mvt'
const NONE = { status: null, plan: null, district: null }

describe('siteTilesUrl', () => {
  it('is the unfiltered template itself when every filter is off', () => {
    expect(siteTilesUrl(TILES, NONE)).toBe(TILES)
  })

  it('carries the filters that are set, as query parameters', () => {
    expect(siteTilesUrl(TILES, { ...NONE, status: 'planned' })).toBe(`${TILES}?status=planned`)
    expect(siteTilesUrl(TILES, { ...NONE, plan: 'mfg21', district: '120116' })).toBe(
      `${TILES}?plan=mfg21&district=120116`,
    )
  })

  it('lists them in one order whatever the order of the filters object', () => {
    const url = siteTilesUrl(TILES, { district: '120116', plan: 'ne18', status: 'pipeline' })
    expect(url).toBe(`${TILES}?status=pipeline&plan=ne18&district=120116`)
  })

  it('keeps the template placeholders as they are', () => {
    expect(siteTilesUrl(TILES, { ...NONE, status: 'planned' })).toContain('/{z}/{x}/{y}.mvt?')
  })
})
