import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { routeSchemas } from '../../api/routes/define-route.ts'
import { naiveScan } from '../geo/naive-scan.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const ds = await loadDataset(ROOT)
const app = createApp(ds, { version: 'real-data-test' })

describe('the API on the project data (seeds/ and geodata/)', () => {
  it('answers one call of every route with a body matching its response schema', async () => {
    const park = ds.parks[0]?.properties.id
    const site = ds.sites[0]?.properties.id
    const chain = ds.chains[0]?.id
    const sector = ds.sectors[0]?.id
    const calls: [string, string][] = [
      ['/api/health', '/api/health'],
      ['/api/districts', '/api/districts'],
      ['/api/districts/120116', '/api/districts/:code'],
      ['/api/parks', '/api/parks'],
      [`/api/parks/${park}`, '/api/parks/:id'],
      ['/api/sites', '/api/sites'],
      [`/api/sites/${site}`, '/api/sites/:id'],
      ['/api/infrastructure', '/api/infrastructure'],
      ['/api/sectors', '/api/sectors'],
      ['/api/chains', '/api/chains'],
      ['/api/plans', '/api/plans'],
      [`/api/clauses/${ds.clauses[0]?.id}`, '/api/clauses/:id'],
      ['/api/stats', '/api/stats'],
      ['/api/basemap/outline', '/api/basemap/:layer'],
      ['/api/analysis/within?lng=117.2&lat=39.13&radius_km=20', '/api/analysis/within'],
      [`/api/analysis/nearest?lng=117.2&lat=39.13&sector=${sector}`, '/api/analysis/nearest'],
      [`/api/analysis/clusters?sector=${sector}`, '/api/analysis/clusters'],
      [
        `/api/analysis/chain-completeness?chain=${chain}&park=${park}`,
        '/api/analysis/chain-completeness',
      ],
      ['/api/analysis/access?lng=117.2&lat=39.13', '/api/analysis/access'],
      ['/api/openapi.json', '/api/openapi.json'],
    ]
    for (const [url, route] of calls) {
      const res = await app.request(url)
      expect(res.status, url).toBe(200)
      const parsed = routeSchemas(route).ok?.safeParse(await res.json())
      expect(parsed?.success, `${url}: ${JSON.stringify(parsed?.error?.issues[0])}`).toBe(true)
    }
  })

  it('agrees with a naive turf scan for random points and radii', async () => {
    const query = fc.record({
      lng: fc.double({ min: 116.7, max: 118.05, noNaN: true }),
      lat: fc.double({ min: 38.55, max: 40.25, noNaN: true }),
      radiusKm: fc.double({ min: 0.5, max: 60, noNaN: true }),
    })
    await fc.assert(
      fc.asyncProperty(query, async ({ lng, lat, radiusKm }) => {
        const res = await app.request(
          `/api/analysis/within?lng=${lng}&lat=${lat}&radius_km=${radiusKm}`,
        )
        const body = (await res.json()) as {
          items: { type: string; id: string; distance_km: number }[]
        }
        const expected = naiveScan([lng, lat], ds.sites, ds.parks).filter(
          (h) => h.distance_km <= radiusKm,
        )
        expect(body.items.map(({ type, id, distance_km }) => ({ type, id, distance_km }))).toEqual(
          expected,
        )
      }),
      { seed: 7, numRuns: 60 },
    )
  })
})

describe('GET /api/districts/:code on the project data', () => {
  it('quotes the plan clauses that name the district by its full name', async () => {
    const res = await app.request('/api/districts/120118')
    const body = (await res.json()) as { clauses: { id: string; text_zh: string }[] }
    expect(body.clauses.length).toBeGreaterThan(0)
    for (const clause of body.clauses) expect(clause.text_zh).toContain('静海区')
    expect(body.clauses.map((c) => c.id)).toContain('ne18-3.4.2')
  })

  it('quotes no clause for a district the plans never name', async () => {
    const res = await app.request('/api/districts/120101')
    const body = (await res.json()) as { clauses: unknown[] }
    expect(body.clauses).toEqual([])
  })
})
