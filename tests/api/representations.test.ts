import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { datasetVersion } from '../../api/routes/dataset-version.ts'
import { createRepresentation } from '../../api/routes/middleware/representation.ts'
import { createRepresentationCache } from '../../api/routes/middleware/representation-cache.ts'
import { representationKey } from '../../api/routes/middleware/representation-key.ts'
import { createRepresentations } from '../../api/routes/middleware/serve-representations.ts'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'

/** A tiny app behind the representations, counting how often its handlers run. */
function countingApp(version = { value: 'v1' }) {
  const calls = { json: 0, stored: 0 }
  const representations = createRepresentations({ version: () => version.value })
  const app = new Hono()
  app.use('*', representations.middleware)
  app.get('/data', (c) => {
    calls.json++
    return c.json({ name: '天津', query: c.req.query() }, 200)
  })
  app.get('/live', (c) => {
    calls.stored++
    c.header('Cache-Control', 'no-store')
    return c.json({ ok: true }, 200)
  })
  app.get('/missing', (c) => c.json({ error: 'no' }, 404))
  const request = (path: string, headers: Record<string, string> = {}) => {
    const req = new Request(`http://localhost${path}`, { headers })
    return representations.answerCached(req) ?? app.fetch(req)
  }
  return { calls, request, version }
}

describe('cached representations', () => {
  it('serialises once: a repeated GET, in any parameter order, is answered from the cache', async () => {
    const { calls, request } = countingApp()
    const first = await request('/data?b=2&a=1')
    const again = await request('/data?a=1&b=2')
    expect(calls.json).toBe(1)
    expect(await again.text()).toBe(await first.text())
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
  })

  it('sends the JSON as UTF-8 bytes equal to JSON.stringify, with its Content-Length', async () => {
    const { request } = countingApp()
    for (const res of [await request('/data'), await request('/data')]) {
      const bytes = Buffer.from(await res.arrayBuffer())
      expect(bytes.toString('utf8')).toBe(JSON.stringify({ name: '天津', query: {} }))
      expect(res.headers.get('content-length')).toBe(String(bytes.byteLength))
    }
  })

  it('answers 304 from the cache without a body, keeping ETag and Vary', async () => {
    const { calls, request } = countingApp()
    const etag = (await request('/data')).headers.get('etag') ?? ''
    const res = await request('/data', { 'if-none-match': etag })
    expect(res.status).toBe(304)
    expect(res.body).toBeNull()
    expect(res.headers.get('etag')).toBe(etag)
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('content-type')).toBeNull()
    expect(calls.json).toBe(1)
  })

  it('runs the handler again once the data version changes', async () => {
    const { calls, request, version } = countingApp()
    await request('/data')
    version.value = 'v2'
    await request('/data')
    expect(calls.json).toBe(2)
  })

  it('keeps neither no-store responses nor errors', async () => {
    const { calls, request } = countingApp()
    await request('/live')
    await request('/live')
    expect(calls.stored).toBe(2)
    expect((await request('/missing')).status).toBe(404)
    expect((await request('/missing')).headers.get('etag')).toBeNull()
  })
})

describe('the representation cache', () => {
  const rep = (size: number) =>
    createRepresentation(new Uint8Array(size), { 'content-type': 'text/plain' })

  it('drops the least recently used entries beyond its entry count', () => {
    const cache = createRepresentationCache({ maxEntries: 2 })
    cache.set('a', rep(1))
    cache.set('b', rep(1))
    cache.get('a')
    cache.set('c', rep(1))
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
  })

  it('stays within its byte budget, counting variants made later', () => {
    const cache = createRepresentationCache({ maxBytes: 1000 })
    cache.set('a', rep(200))
    cache.set('b', rep(200))
    expect(cache.bytes).toBe(400)
    const grown = cache.get('a')
    if (grown) grown.byteLength += 700 // as if a compressed variant had been made
    cache.settle('a')
    expect(cache.bytes).toBeLessThanOrEqual(1000)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
  })

  it('does not keep a representation over a quarter of the budget', () => {
    const cache = createRepresentationCache({ maxBytes: 1000 })
    cache.set('big', rep(300))
    expect(cache.size).toBe(0)
  })
})

describe('representation keys', () => {
  it('sort the parameters but keep repeated ones and the path apart', () => {
    const key = (url: string) => representationKey('v', new URL(url).pathname, url)
    expect(key('http://h/x?b=2&a=1')).toBe(key('http://h/x?a=1&b=2'))
    expect(key('http://h/x?a=1&a=2')).not.toBe(key('http://h/x?a=1'))
    expect(key('http://h/x')).toBe(key('http://h/x?'))
    expect(key('http://h/y?a=1')).not.toBe(key('http://h/x?a=1'))
    expect(key(`http://h/x?q=${'a'.repeat(3000)}`)).toBeNull()
  })
})

describe('the data version', () => {
  it('is equal for equal data and changes with any edit', () => {
    const ds = createFixtureDataset()
    expect(datasetVersion(createFixtureDataset())).toBe(datasetVersion(ds))
    const site = ds.sites[0]
    if (site) site.properties.name_en += ' (renamed)'
    expect(datasetVersion(ds)).not.toBe(datasetVersion(createFixtureDataset()))
  })
})
