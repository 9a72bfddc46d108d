import { describe, expect, it } from 'vitest'
import { datasetVersion } from '../../api/routes/dataset-version.ts'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app, ds } = createTestApp()

describe('catalogue routes', () => {
  it('GET /api/health reports status, version, counts, load time and data version, never cached', async () => {
    const { body, res } = await getJson(app, '/api/health')
    expect(body).toMatchObject({
      status: 'ok',
      version: '0.0.0-test',
      data_loaded_at: '2025-01-01T00:00:00.000Z',
      data_version: datasetVersion(ds),
    })
    expect(body.data_version).toMatch(/^[\w-]{12}$/)
    expect(body.counts).toMatchObject({ districts: 16, parks: 9, sites: 20, infrastructure: 7 })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('GET /api/sectors counts the sites and parks each sector filter matches', async () => {
    const { body } = await getJson(app, '/api/sectors')
    const byId = new Map(body.sectors.map((s: { id: string }) => [s.id, s]))
    expect(byId.get('wind')).toMatchObject({ name_zh: '风力发电', site_count: 5, park_count: 2 })
    expect(byId.get('new-energy')).toMatchObject({ site_count: 18 })
  })

  it('GET /api/chains lists links in order with provider counts', async () => {
    const { body } = await getJson(app, '/api/chains')
    const hydrogen = body.chains.find((c: { id: string }) => c.id === 'hydrogen')
    expect(
      hydrogen.links.map((l: { id: string; site_count: number; park_count: number }) => [
        l.id,
        l.site_count,
        l.park_count,
      ]),
    ).toEqual([
      ['production', 2, 1],
      ['stacks', 1, 0],
      ['refuelling', 0, 0],
    ])
  })

  it('GET /api/plans returns documents, targets, project batches and unplaced entities', async () => {
    const { body } = await getJson(app, '/api/plans')
    expect(body.documents.map((d: { id: string }) => d.id)).toEqual(['ne18', 'mfg21'])
    expect(body.targets[0]).toMatchObject({ value: 1100, unit: 'cny_100m' })
    expect(body.project_batches[0]).toMatchObject({ project_count: 16 })
    expect(body.unplaced[0].id).toBe('ballard-power-systems')
  })

  it('GET /api/stats sums investment by district × sector and by district without double counting', async () => {
    const { body } = await getJson(app, '/api/stats')
    const cell = body.by_district_sector.find(
      (r: { district_code: string; sector: string }) =>
        r.district_code === '120116' && r.sector === 'wind',
    )
    expect(cell).toMatchObject({ sites: 5, parks: 2, investment_cny_100m: 7.5 })
    const binhai = body.by_district.find(
      (r: { district_code: string }) => r.district_code === '120116',
    )
    const expected = ds.sites
      .filter((s) => s.properties.district_code === '120116')
      .reduce((sum, s) => sum + (s.properties.investment_cny_100m ?? 0), 0)
    expect(binhai.investment_cny_100m).toBe(expected)
    expect(body.counts.clauses).toBe(ds.clauses.length)
  })

  it('GET /api/basemap/:layer serves each context layer and rejects unknown layers', async () => {
    for (const layer of [
      'outline',
      'coastline',
      'sea',
      'neighbours',
      'haihe',
      'region',
      'context',
    ]) {
      const { status, body } = await getJson(app, `/api/basemap/${layer}`)
      expect(status).toBe(200)
      expect(body).toEqual(ds.basemap[layer])
    }
    const error = expectApiError((await getJson(app, '/api/basemap/rivers')).body, 400)
    expect(error.allowed).toEqual([
      'outline',
      'coastline',
      'sea',
      'neighbours',
      'haihe',
      'region',
      'context',
    ])
  })
})
