import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../api/auth/password.ts'
import { openStore } from '../../api/store/open-store.ts'
import { startServer, stopServers } from '../api/server-process.ts'
import { PASSWORD } from './curation-app.ts'
import { freshPostgresUrl } from './test-stores.ts'

const NANKAI = '/api/sites/nankai-university'
const GATE = [117.1701, 39.1055]

/** One API instance over real HTTP: its base URL, and requests as its own pages send them. */
function instance(port: number) {
  const base = `http://127.0.0.1:${port}`
  return {
    base,
    get: (path: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, { headers }),
    send: (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: base, ...headers },
        body: JSON.stringify(body),
      }),
  }
}

const moveBody = (coordinates: number[]) => ({
  change_note: 'Moved to the gate',
  geometry: { type: 'Point', coordinates },
  properties: { location_precision: 'exact', location_source: 'Test: a 2024 campus map.' },
})

describe('two API instances on one PostgreSQL, over HTTP', () => {
  let a: ReturnType<typeof instance>
  let b: ReturnType<typeof instance>
  beforeAll(async () => {
    const databaseUrl = await freshPostgresUrl()
    const store = await openStore({ databaseUrl })
    await store.createUser({
      name: 'editor',
      role: 'editor',
      passwordHash: await hashPassword(PASSWORD),
    })
    await store.close()
    const [portA, portB] = await Promise.all([
      startServer({ DATABASE_URL: databaseUrl }).listening,
      startServer({ DATABASE_URL: databaseUrl }).listening,
    ])
    a = instance(portA)
    b = instance(portB)
  })
  afterAll(() => stopServers())

  it("serves an edit made on A from B within 2 s, B's session included", async () => {
    const signIn = await a.send('POST', '/api/session', { username: 'editor', password: PASSWORD })
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string
    const etag = (await b.get(NANKAI)).headers.get('etag') ?? ''
    const edit = await a.send('PATCH', NANKAI, moveBody(GATE), { cookie, 'if-match': etag })
    expect(edit.status).toBe(200)
    const saved = performance.now()
    let seenOnB: number | null = null
    while (performance.now() - saved < 2000) {
      const detail = (await (await b.get(NANKAI)).json()) as {
        feature: { geometry: { coordinates: number[] } }
      }
      if (detail.feature.geometry.coordinates.join() === GATE.join()) {
        seenOnB = performance.now() - saved
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    console.log(`two instances: the edit on A was served by B after ${seenOnB?.toFixed(0)} ms`)
    expect(seenOnB).not.toBeNull()
    const health = async (i: typeof a) =>
      ((await (await i.get('/api/health')).json()) as { data_version: string }).data_version
    expect(await health(b)).toBe(await health(a))
    expect((await b.get('/api/session', { cookie })).status).toBe(200)
    const whoOnB = (await (await b.get('/api/session', { cookie })).json()) as {
      user: { name: string }
    }
    expect(whoOnB.user.name).toBe('editor')
    // B now refuses a write from the version before A's edit: no silent overwrite across instances
    const stale = await b.send('PATCH', NANKAI, moveBody([117.1702, 39.1055]), {
      cookie,
      'if-match': etag,
    })
    expect(stale.status).toBe(412)
  })
})
