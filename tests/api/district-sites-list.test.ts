import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app, ds } = createTestApp()

type Counts = { district_level: { district_code: string; sector: string; sites: number }[] }
type Page = {
  total: number
  features: { properties: { id: string } }[]
  next_cursor: string | null
}

/** What a district badge counts: its district-level sites of the sectors that are on. */
async function badgeCounts(hidden: readonly string[], query = '') {
  const { body } = await getJson(app, `/api/stats/sites${query}`)
  const counts = new Map<string, number>()
  for (const cell of (body as Counts).district_level) {
    if (hidden.includes(cell.sector)) continue
    counts.set(cell.district_code, (counts.get(cell.district_code) ?? 0) + cell.sites)
  }
  return counts
}

const isDistrictLevel = (s: { properties: { location_precision: string } }) =>
  s.properties.location_precision === 'district'

async function listed(path: string): Promise<Page> {
  const { status, body } = await getJson(app, path)
  expect(status, path).toBe(200)
  return body as Page
}

describe('GET /api/sites with precision and hidden_sectors (a district badge’s sites)', () => {
  it('lists exactly the district-level sites of a district, as many as its badge counts', async () => {
    const counts = await badgeCounts([])
    expect(counts.size).toBeGreaterThan(0)
    for (const [code, count] of counts) {
      const page = await listed(`/api/sites?district=${code}&precision=district`)
      const expected = ds.sites
        .filter(
          (s) =>
            s.properties.district_code === code && s.properties.location_precision === 'district',
        )
        .map((s) => s.properties.id)
        .sort()
      expect(page.features.map((f) => f.properties.id)).toEqual(expected)
      expect(page.total, code).toBe(count)
    }
    const all = await listed('/api/sites?precision=district')
    const sum = [...counts.values()].reduce((n, c) => n + c, 0)
    expect([all.total, sum]).toEqual([sum, ds.sites.filter(isDistrictLevel).length])
    expect(sum).toBeLessThan(ds.sites.length) // located sites are left out
  })

  it('leaves out the sites whose primary sector is hidden, as the badges do', async () => {
    const { body } = await getJson(app, '/api/stats/sites')
    const sectors = [...new Set((body as Counts).district_level.map((c) => c.sector))]
    const hidden = sectors.slice(0, Math.max(1, sectors.length - 1))
    const counts = await badgeCounts(hidden)
    for (const code of new Set((body as Counts).district_level.map((c) => c.district_code))) {
      const path = `/api/sites?district=${code}&precision=district&hidden_sectors=${hidden.join(',')}`
      const page = await listed(path)
      expect(page.total, code).toBe(counts.get(code) ?? 0)
      for (const f of page.features) {
        const site = ds.sites.find((s) => s.properties.id === f.properties.id)
        expect(hidden).not.toContain(site?.properties.sectors[0])
      }
    }
  })

  it('pages through a district’s sites with the cursor', async () => {
    const [code, count] = [...(await badgeCounts([]))].sort((a, b) => b[1] - a[1])[0] ?? []
    if (!code || !count || count < 2) throw new Error('no district with two district-level sites')
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const page: Page = await listed(
        `/api/sites?district=${code}&precision=district&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      )
      ids.push(...page.features.map((f) => f.properties.id))
      cursor = page.next_cursor
    } while (cursor)
    expect(ids).toHaveLength(count)
  })

  it('names the parameter and the known sectors when a hidden sector is unknown', async () => {
    const { status, body } = await getJson(app, '/api/sites?hidden_sectors=wind,steel')
    expect(status).toBe(400)
    const error = expectApiError(body, 400)
    expect(error.parameter).toBe('hidden_sectors')
    expect(error.message).toContain('steel')
  })
})
