import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_ASSET_JS, WEB_INDEX_HTML, writeWebDir } from './fixtures/write-web-dir.ts'
import { createTestApp, expectApiError } from './test-app.ts'

let webDir = ''
let app: ReturnType<typeof createTestApp>['app']

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'tianjin-web-'))
  await writeWebDir(webDir)
  app = createTestApp({ webDir }).app
})
afterAll(() => rm(webDir, { recursive: true, force: true }))

describe('serving the built web app', () => {
  it('serves index.html at / with no-cache', async () => {
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(WEB_INDEX_HTML)
    expect(res.headers.get('cache-control')).toBe('no-cache')
  })

  it('falls back to index.html for client-side routes, /embed included', async () => {
    for (const path of ['/park/teda', '/embed', '/embed/map?park=teda']) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      expect(await res.text()).toBe(WEB_INDEX_HTML)
    }
  })

  it('serves hashed assets with a year-long immutable cache and compression', async () => {
    const res = await app.request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    const plain = await app.request('/assets/index-abc123.js')
    expect(await plain.text()).toBe(WEB_ASSET_JS)
  })

  it('answers a missing asset with 404 instead of index.html', async () => {
    const res = await app.request('/assets/missing-000.js')
    expect(res.status).toBe(404)
    expectApiError(await res.json(), 404)
  })

  it('keeps unknown /api paths as JSON 404s', async () => {
    const res = await app.request('/api/unknown')
    expect(res.status).toBe(404)
    expect(expectApiError(await res.json(), 404).code).toBe('route_not_found')
  })
})
