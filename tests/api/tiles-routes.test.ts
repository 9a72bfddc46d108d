import { describe, expect, it } from 'vitest'
import { ApiErrorSchema } from '../../api/domain/index.ts'
import { PLAUSIBLE, SWEEP_VALUES } from './fuzz-requests.ts'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app } = createTestApp()

describe('GET /api/tiles/sites/{z}/{x}/{y}.mvt', () => {
  it('serves a vector tile with an ETag, and 304 when the client has it', async () => {
    const res = await app.request('/api/tiles/sites/0/0/0.mvt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0)
    const etag = res.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    const again = await app.request('/api/tiles/sites/0/0/0.mvt', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
  })

  it.each([
    ['/api/tiles/sites/17/0/0.mvt', 'z'],
    ['/api/tiles/sites/a/0/0.mvt', 'z'],
    ['/api/tiles/sites/2/4/0.mvt', 'x'],
    ['/api/tiles/sites/2/0/-1.mvt', 'y'],
    ['/api/tiles/sites/2/0/1.5.mvt', 'y'],
  ])('answers %s with a 400 naming %s', async (path, parameter) => {
    const { status, body } = await getJson(app, path)
    expect(status).toBe(400)
    expect(expectApiError(body, 400).parameter).toBe(parameter)
  })

  it.each([
    ['status=finished', 'status', 'invalid_parameter'],
    ['status=', 'status', 'invalid_parameter'],
    ['status=planned&status=pipeline', 'status', 'invalid_parameter'],
    ['district=120199', 'district', 'invalid_parameter'],
    ['district=binhai', 'district', 'invalid_parameter'],
    ['plan=no-such-plan', 'plan', 'invalid_parameter'],
    ['sector=wind', 'sector', 'unknown_parameter'],
    ['colour=red', 'colour', 'unknown_parameter'],
  ])(
    'answers the filter ?%s with a 400 naming %s and what it allows',
    async (query, parameter, code) => {
      const { status, body } = await getJson(app, `/api/tiles/sites/2/3/1.mvt?${query}`)
      expect(status).toBe(400)
      const error = expectApiError(body, 400)
      expect(error.parameter).toBe(parameter)
      expect(error.code).toBe(code)
      expect(error.allowed?.length).toBeGreaterThan(0)
      if (code === 'unknown_parameter')
        expect(error.allowed).toEqual(['status', 'plan', 'district'])
    },
  )

  it('serves a filtered tile with its own ETag, and 304 when the client has it', async () => {
    const all = await app.request('/api/tiles/sites/0/0/0.mvt')
    const path = '/api/tiles/sites/0/0/0.mvt?status=planned'
    const res = await app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    const etag = res.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    expect(etag).not.toBe(all.headers.get('etag'))
    const again = await app.request(path, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  it('answers every odd filter value with a tile or a 400 in the error shape, never a 5xx', async () => {
    const values = [...SWEEP_VALUES, ...Object.values(PLAUSIBLE).flat()]
    const seen = new Set<number>()
    for (const name of ['status', 'plan', 'district', 'x']) {
      for (const value of values) {
        const url = `/api/tiles/sites/6/52/24.mvt?status=planned&${name}=${encodeURIComponent(value)}`
        const res = await app.request(url)
        seen.add(res.status)
        if (res.status === 200) continue
        expect(res.status, url).toBe(400)
        expect(ApiErrorSchema.safeParse(await res.json()).success, url).toBe(true)
      }
    }
    expect([...seen].sort()).toEqual([200, 400])
  })
})
