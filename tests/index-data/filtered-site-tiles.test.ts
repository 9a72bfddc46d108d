import { describe, expect, it } from 'vitest'
import { filteredSiteTiles } from '../../api/index-data/filtered-site-tiles.ts'
import { createFixtureDataset } from '../api/fixtures/fixture-dataset.ts'

const ds = createFixtureDataset()
const located = ds.sites.filter((s) => s.properties.location_precision !== 'district')
const byDistrict = [...new Set(located.map((s) => s.properties.district_code))].map((code) => ({
  key: `district=${code}`,
  matches: (p: { district_code: string }) => p.district_code === code,
  sites: located.filter((s) => s.properties.district_code === code).length,
}))

describe('filteredSiteTiles', () => {
  it('has sites in several districts to filter by', () => {
    expect(byDistrict.length).toBeGreaterThanOrEqual(3)
  })

  it('builds one index per filter key and reuses it', () => {
    const filtered = filteredSiteTiles(ds.sites, ds.sectors)
    const [first] = byDistrict
    if (!first) throw new Error('no district')
    const tiles = filtered.tiles(first.key, first.matches)
    expect(tiles.count).toBe(first.sites)
    expect(filtered.tiles(first.key, () => false)).toBe(tiles)
    expect(filtered.size).toEqual({ indexes: 1, sites: first.sites })
  })

  it('keeps at most maxIndexes indexes, dropping the least recently used', () => {
    const filtered = filteredSiteTiles(ds.sites, ds.sectors, {
      maxIndexes: 2,
      maxSites: Number.POSITIVE_INFINITY,
    })
    const [a, b, c] = byDistrict
    if (!a || !b || !c) throw new Error('fewer than 3 districts')
    const tilesA = filtered.tiles(a.key, a.matches)
    filtered.tiles(b.key, b.matches)
    filtered.tiles(a.key, a.matches) // a is now the most recently used
    filtered.tiles(c.key, c.matches) // drops b
    expect(filtered.size).toEqual({ indexes: 2, sites: a.sites + c.sites })
    expect(filtered.tiles(a.key, a.matches)).toBe(tilesA)
  })

  it('keeps at most maxSites sites in its indexes together, but always the newest', () => {
    const [a, b] = byDistrict
    if (!a || !b) throw new Error('fewer than 2 districts')
    const filtered = filteredSiteTiles(ds.sites, ds.sectors, { maxSites: a.sites })
    filtered.tiles(a.key, a.matches)
    expect(filtered.size).toEqual({ indexes: 1, sites: a.sites })
    filtered.tiles(b.key, b.matches) // a and b together are over the budget: a goes
    expect(filtered.size).toEqual({ indexes: 1, sites: b.sites })
  })
})
