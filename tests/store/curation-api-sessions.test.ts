import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bodyOf,
  type CurationApp,
  createCurationApp,
  jsonInit,
  ORIGIN,
  PASSWORD,
  placeDetail,
} from './curation-app.ts'
import { manualClock } from './test-stores.ts'

const HOUR = 3600_000
const rename = { change_note: 'Name as on the gate', properties: { name_en: 'Nankai University' } }

describe('sessions, roles and same-origin writes', () => {
  const clock = manualClock(new Date())
  let cur: CurationApp
  beforeAll(async () => {
    cur = await createCurationApp('pglite', {
      now: clock.now,
      sessions: { idleMs: 2 * HOUR, absoluteMs: 8 * HOUR, touchAfterMs: 60_000 },
      trustProxy: 1,
    })
  })
  afterAll(() => cur.close())

  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    cur.request('/api/session', jsonInit('POST', { username, password }, headers))
  const whoAmI = async (cookie: string) =>
    (await bodyOf(cur.request('/api/session', { headers: { cookie } }))).user
  const renameNankai = async (headers: Record<string, string>) => {
    const { etag } = await placeDetail(cur, 'site', 'nankai-university')
    return cur.request(
      '/api/sites/nankai-university',
      jsonInit('PATCH', rename, { 'if-match': etag, ...headers }),
    )
  }

  it('answers a wrong password with 401 and sets no cookie', async () => {
    const res = await signIn('editor', 'not the password')
    expect(res.status).toBe(401)
    expect((await bodyOf(res)).error.code).toBe('unauthenticated')
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('sets an HttpOnly, SameSite=Strict cookie that names the user and role', async () => {
    const res = await signIn('editor', PASSWORD)
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(
      /^tjmap_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/,
    )
    expect(await whoAmI(cookie.split(';')[0] as string)).toEqual({ name: 'editor', role: 'editor' })
  })

  it('marks the cookie Secure behind a trusted proxy that says HTTPS', async () => {
    const res = await signIn('viewer', PASSWORD, {
      'x-forwarded-proto': 'https',
      origin: 'https://localhost',
    })
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/)
  })

  it('ends a session after its idle time, and at sign-out', async () => {
    const idle = await cur.signIn('viewer')
    const other = await cur.signIn('viewer')
    clock.advance(HOUR)
    expect(await whoAmI(other)).not.toBeNull() // touched: idle expiry moves on
    clock.advance(1.5 * HOUR)
    expect(await whoAmI(idle)).toBeNull()
    expect(await whoAmI(other)).not.toBeNull()
    const out = await cur.request('/api/session', {
      method: 'DELETE',
      headers: { cookie: other, origin: ORIGIN },
    })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/^tjmap_session=; Max-Age=0/)
    expect(await whoAmI(other)).toBeNull()
  })

  it('throttles repeated wrong passwords with 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await signIn('admin', 'wrong password')).status).toBe(401)
    const res = await signIn('admin', PASSWORD)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    clock.advance(2000)
    expect((await signIn('admin', PASSWORD)).status).toBe(200)
  })

  it('refuses writes without a session (401) and from a viewer (403)', async () => {
    expect((await renameNankai({})).status).toBe(401)
    const viewer = await cur.signIn('viewer')
    const res = await renameNankai({ cookie: viewer })
    expect(res.status).toBe(403)
    expect((await bodyOf(res)).error.code).toBe('forbidden')
  })

  it('shows the history to signed-in viewers only', async () => {
    expect((await cur.request('/api/changes')).status).toBe(401)
    const viewer = await cur.signIn('viewer')
    expect((await cur.request('/api/changes', { headers: { cookie: viewer } })).status).toBe(200)
  })

  it('refuses a write from another origin even with a valid session (403)', async () => {
    const editor = await cur.signIn('editor')
    const evil = await renameNankai({ cookie: editor, origin: 'https://evil.example' })
    expect(evil.status).toBe(403)
    expect((await bodyOf(evil)).error.code).toBe('cross_origin')
    const site = await renameNankai({ cookie: editor, 'sec-fetch-site': 'cross-site' })
    expect(site.status).toBe(403)
    const preflight = await cur.request('/api/sites/nankai-university', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' },
    })
    expect(preflight.headers.get('access-control-allow-methods')).not.toMatch(/PATCH/)
    expect((await renameNankai({ cookie: editor })).status).toBe(200)
  })

  it('bounds bodies (413), takes JSON only (415) and still refuses unknown parameters (400)', async () => {
    const editor = await cur.signIn('editor')
    const { etag } = await placeDetail(cur, 'site', 'nankai-university')
    const headers = { cookie: editor, 'if-match': etag }
    const huge = { ...rename, change_note: 'x'.repeat(2 * 1024 * 1024) }
    const big = await cur.request('/api/sites/nankai-university', jsonInit('PATCH', huge, headers))
    expect(big.status).toBe(413)
    expect((await bodyOf(big)).error.code).toBe('payload_too_large')
    const text = await cur.request('/api/sites/nankai-university', {
      ...jsonInit('PATCH', rename, headers),
      headers: { ...headers, origin: ORIGIN, 'content-type': 'text/plain' },
    })
    expect(text.status).toBe(415)
    const unknown = await cur.request(
      '/api/sites/nankai-university?force=1',
      jsonInit('PATCH', rename, headers),
    )
    expect(unknown.status).toBe(400)
    expect((await bodyOf(unknown)).error).toMatchObject({
      code: 'unknown_parameter',
      parameter: 'force',
    })
    const extra = await cur.request(
      '/api/sites/nankai-university',
      jsonInit('PATCH', { ...rename, sneaky: true }, headers),
    )
    expect((await bodyOf(extra)).error).toMatchObject({ code: 'invalid_body', parameter: 'sneaky' })
  })
})
