import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app } = createTestApp()
const CSP_PAGE =
  "default-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"

describe('ETag and conditional requests', () => {
  it('sends an ETag and a public Cache-Control that revalidates (edits show at once)', async () => {
    const res = await app.request('/api/parks')
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(res.headers.get('cache-control')).toBe('public, no-cache')
  })

  it('answers 304 without a body when If-None-Match matches, and 200 when it does not', async () => {
    const etag = (await app.request('/api/sectors')).headers.get('etag') ?? ''
    const hit = await app.request('/api/sectors', { headers: { 'if-none-match': etag } })
    expect(hit.status).toBe(304)
    expect(await hit.text()).toBe('')
    expect(hit.headers.get('etag')).toBe(etag)
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff')
    const weak = await app.request('/api/sectors', { headers: { 'if-none-match': `W/${etag}` } })
    expect(weak.status).toBe(304)
    const miss = await app.request('/api/sectors', { headers: { 'if-none-match': '"stale"' } })
    expect(miss.status).toBe(200)
  })

  it('gives each compressed representation its own ETag', async () => {
    const plain = await app.request('/api/sites')
    const br = await app.request('/api/sites', { headers: { 'accept-encoding': 'br' } })
    expect(br.headers.get('etag')).toBe(plain.headers.get('etag')?.replace(/"$/, '-br"'))
  })
})

describe('compression', () => {
  it('brotli-compresses large JSON for clients that accept br, with Vary', async () => {
    const plain = await (await app.request('/api/sites')).text()
    const res = await app.request('/api/sites', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength)
    expect(bytes.byteLength).toBeLessThan(plain.length / 3)
    expect(brotliDecompressSync(bytes).toString('utf8')).toBe(plain)
  })

  it('gzips when br is refused', async () => {
    const plain = await (await app.request('/api/sites')).text()
    const res = await app.request('/api/sites', { headers: { 'accept-encoding': 'br;q=0, gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(plain)
  })

  it('sends identity without Accept-Encoding and for small bodies', async () => {
    expect((await app.request('/api/sites')).headers.get('content-encoding')).toBeNull()
    const small = await app.request('/api/health', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(small.headers.get('content-encoding')).toBeNull()
  })
})

describe('CORS and security headers', () => {
  it('allows cross-origin GET on /api and answers preflight', async () => {
    const res = await app.request('/api/sites', { headers: { origin: 'https://example.org' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await app.request('/api/sites', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('sets nosniff, Referrer-Policy, the strict CSP and X-Frame-Options on every response', async () => {
    for (const path of ['/api/sites', '/api/nope', '/api/sites?limit=x', '/elsewhere']) {
      const res = await app.request(path)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('content-security-policy')).toBe(CSP_PAGE)
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
  })

  it('lets the embed allow-list frame /embed pages, without X-Frame-Options', async () => {
    const embedApp = createTestApp({ embed: ['https://news.example', "'self'"] }).app
    const res = await embedApp.request('/embed/map')
    expect(res.headers.get('content-security-policy')).toMatch(
      /frame-ancestors https:\/\/news\.example 'self'$/,
    )
    expect(res.headers.get('x-frame-options')).toBeNull()
    const page = await embedApp.request('/api/health')
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/)
  })

  it('lets other origins load /api and /embed (CORP cross-origin) but not the app, and leaves HSTS to TLS', async () => {
    const corp = async (path: string) =>
      (await app.request(path)).headers.get('cross-origin-resource-policy')
    expect(await corp('/api/sites')).toBe('cross-origin')
    expect(await corp('/embed')).toBe('cross-origin')
    expect(await corp('/elsewhere')).toBe('same-origin')
    expect((await app.request('/api/sites')).headers.get('strict-transport-security')).toBeNull()
  })
})

describe('errors', () => {
  it('answers an unknown /api path with 404 in the error shape and no-store', async () => {
    const { status, body, res } = await getJson(app, '/api/sitez')
    expect(status).toBe(404)
    expect(expectApiError(body, 404).code).toBe('route_not_found')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('answers other methods with 405 and Allow', async () => {
    const res = await app.request('/api/sites', { method: 'DELETE' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(expectApiError(await res.json(), 405).code).toBe('method_not_allowed')
  })

  it('turns an unexpected exception into a 500 in the error shape without leaking it', async () => {
    const { app: broken } = createTestApp()
    // /api/* is answered by the live routes; a route added to the app itself shares its handler
    broken.get('/boom', () => {
      throw new Error('secret detail')
    })
    const original = console.error
    console.error = () => {}
    const res = await Promise.resolve(broken.request('/boom')).finally(() => {
      console.error = original
    })
    expect(res.status).toBe(500)
    const error = expectApiError(await res.json(), 500)
    expect(error.code).toBe('internal_error')
    expect(error.message).not.toContain('secret')
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await app.request('/api/parks', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    expect(await res.text()).toBe('')
  })
})
