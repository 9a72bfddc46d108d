import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { type RequestOrigin, requestOrigin } from '../../../api/routes/curation/request-origin.ts'

/** What `requestOrigin` reads from a request reaching a server behind `trustProxy` proxies. */
async function originOf(trustProxy: number, headers: Record<string, string>, encrypted = false) {
  const app = new Hono().get('/', (c) => c.json(requestOrigin(c, trustProxy)))
  const env = { incoming: { socket: { remoteAddress: '10.0.0.9', encrypted } } }
  const res = await app.request('http://map.internal:8787/', { headers }, env)
  return (await res.json()) as RequestOrigin
}

describe('the origin of a request', () => {
  it('comes from the connection and Host without trusted proxies, whatever the headers say', async () => {
    const spoofed = {
      host: 'map.internal:8787',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-proto': 'https',
    }
    expect(await originOf(0, spoofed)).toEqual({
      ip: '10.0.0.9',
      secure: false,
      origin: 'http://map.internal:8787',
    })
  })

  it('takes the entries the trusted proxies added, not what the client sent before them', async () => {
    const headers = {
      host: 'map.internal:8787',
      'x-forwarded-for': '6.6.6.6, 203.0.113.7',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'map.example.org',
    }
    expect(await originOf(1, headers)).toEqual({
      ip: '203.0.113.7',
      secure: true,
      origin: 'https://map.example.org',
    })
    expect((await originOf(2, headers)).ip).toBe('6.6.6.6')
  })

  it('falls back to the connection when a trusted proxy sent no forwarding headers', async () => {
    expect(await originOf(1, { host: 'map.internal:8787' }, true)).toEqual({
      ip: '10.0.0.9',
      secure: true,
      origin: 'https://map.internal:8787',
    })
  })
})
