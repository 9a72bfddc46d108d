import { describe, expect, it } from 'vitest'
import { normaliseSearch } from '../../api/domain/search-text.ts'
import { matchesFilters } from '../../api/routes/place-filters.ts'
import { createTestApp, getJson } from './test-app.ts'

const { app, ds } = createTestApp()
const ids = (body: { features: { properties: { id: string } }[] }) =>
  body.features.map((f) => f.properties.id)

/** What `q` (with the other filters) answered before the name index: a scan of every site. */
const scanned = (q: string, district?: string) =>
  ds.sites
    .filter((s) => matchesFilters(s.properties, { q: normaliseSearch(q), district }))
    .map((s) => s.properties.id)
    .sort()

describe('GET /api/sites?q= answered from the name index', () => {
  it('says in /api/health that the index is built on the first search, not at start-up', async () => {
    const before = await getJson(app, '/api/health')
    expect(before.body.site_search_index).toEqual({ built: false, building: false, build_ms: null })
    await getJson(app, '/api/sites?q=tianjin')
    const after = await getJson(app, '/api/health')
    expect(after.body.site_search_index.built).toBe(true)
  })

  it('answers every query with the sites a scan finds, with the other filters and paging', async () => {
    for (const q of [
      't',
      'Tian',
      '天',
      '天津',
      'LISHEN',
      ' battery ',
      'ＬＩＳＨＥＮ',
      'no such name',
    ]) {
      const { body } = await getJson(app, `/api/sites?q=${encodeURIComponent(q)}&limit=500`)
      expect(ids(body), q).toEqual(scanned(q))
      expect(body.total, q).toBe(scanned(q).length)
    }
    const district = ds.sites[0]?.properties.district_code ?? ''
    const { body } = await getJson(app, `/api/sites?q=t&district=${district}`)
    expect(ids(body)).toEqual(scanned('t', district))
    const page = await getJson(app, '/api/sites?q=t&limit=2')
    expect(ids(page.body)).toEqual(scanned('t').slice(0, 2))
  })
})
