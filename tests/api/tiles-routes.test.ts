import { describe, expect, it } from 'vitest'
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
})
