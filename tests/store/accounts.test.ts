import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../api/auth/password.ts'
import { IP_THROTTLE, signIn } from '../../api/auth/sign-in.ts'
import type { Store } from '../../api/store/store.ts'
import { InputError, NotFoundError } from '../../api/store/store-errors.ts'
import { BACKENDS, manualClock, openTestStore } from './test-stores.ts'

const HOUR = 3600_000

describe.each(BACKENDS)('accounts and sessions on %s', (backend) => {
  const clock = manualClock()
  let store: Store
  let passwordHash: string
  beforeAll(async () => {
    store = await openTestStore(backend, {
      now: clock.now,
      sessions: { idleMs: 2 * HOUR, absoluteMs: 8 * HOUR, touchAfterMs: 60_000 },
    })
    passwordHash = await hashPassword('correct horse battery')
  })
  afterAll(() => store.close())

  it('creates users with roles and lists them by name', async () => {
    await store.createUser({ name: 'Wang.Li', role: 'editor', passwordHash })
    await store.createUser({ name: 'admin', role: 'admin', passwordHash })
    const users = await store.listUsers()
    expect(users.map((u) => [u.name, u.role, u.disabled])).toEqual([
      ['admin', 'admin', false],
      ['Wang.Li', 'editor', false],
    ])
  })

  it('refuses a second user whose name differs only in case', async () => {
    await expect(
      store.createUser({ name: 'wang.li', role: 'viewer', passwordHash }),
    ).rejects.toThrow(InputError)
  })

  it('signs in with the right password and finds the session by its token', async () => {
    const result = await signIn(store, {
      name: 'wang.li',
      password: 'correct horse battery',
      ip: '10.0.0.1',
    })
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`)
    const found = await store.lookupSession(result.token)
    expect(found?.user.name).toBe('Wang.Li')
    expect(found?.user.role).toBe('editor')
  })

  it('answers a wrong password, an unknown name and a disabled account alike', async () => {
    await store.createUser({ name: 'gone', role: 'viewer', passwordHash })
    await store.updateUser('gone', { disabled: true })
    const attempts = [
      { name: 'admin', password: 'wrong password!!' },
      { name: 'nobody', password: 'correct horse battery' },
      { name: 'gone', password: 'correct horse battery' },
    ]
    for (const attempt of attempts) {
      expect(await signIn(store, { ...attempt, ip: '10.0.0.2' })).toEqual({
        ok: false,
        reason: 'invalid',
      })
    }
  })

  it('ends a session after its idle time, but not while it is used', async () => {
    const { token } = await store.createSession((await store.findUser('admin'))?.id as number)
    clock.advance(1.5 * HOUR)
    expect(await store.lookupSession(token)).not.toBeNull() // touched: idle expiry moves on
    clock.advance(1.5 * HOUR)
    expect(await store.lookupSession(token)).not.toBeNull()
    clock.advance(2 * HOUR + 1)
    expect(await store.lookupSession(token)).toBeNull()
  })

  it('ends a session at its absolute expiry even when used all along', async () => {
    const { token, session } = await store.createSession(
      (await store.findUser('admin'))?.id as number,
    )
    for (let hours = 0; hours < 7.5; hours += 1.5) {
      clock.advance(1.5 * HOUR)
      expect(await store.lookupSession(token)).not.toBeNull()
    }
    clock.advance(0.5 * HOUR)
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(session.createdAt.getTime() + 8 * HOUR)
    expect(await store.lookupSession(token)).toBeNull()
  })

  it('ends sessions on sign-out, on a new password and when expired ones are swept', async () => {
    const admin = (await store.findUser('admin'))?.id as number
    const a = await store.createSession(admin)
    const b = await store.createSession(admin)
    const c = await store.createSession(admin)
    await store.deleteSession(a.token)
    expect(await store.lookupSession(a.token)).toBeNull()
    expect(await store.lookupSession(b.token)).not.toBeNull()
    await store.updateUser('admin', { passwordHash: await hashPassword('another long password') })
    expect(await store.lookupSession(b.token)).toBeNull()
    expect(await store.lookupSession(c.token)).toBeNull()
    await store.createSession(admin)
    clock.advance(9 * HOUR)
    expect(await store.expireSessions()).toBeGreaterThanOrEqual(1)
  })

  it('changes a role and refuses to change an unknown user', async () => {
    expect((await store.updateUser('WANG.LI', { role: 'admin' })).role).toBe('admin')
    await expect(store.updateUser('nobody', { role: 'admin' })).rejects.toThrow(NotFoundError)
  })

  it('throttles an account after five wrong passwords, even for the right one', async () => {
    await store.createUser({ name: 'target', role: 'viewer', passwordHash })
    for (let i = 0; i < 5; i += 1) {
      await signIn(store, { name: 'target', password: 'guess number one', ip: `10.1.0.${i}` })
    }
    const blocked = await signIn(store, {
      name: 'TARGET',
      password: 'correct horse battery',
      ip: '10.1.1.1',
    })
    expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterS: 1 })
    clock.advance(1001)
    const allowed = await signIn(store, {
      name: 'target',
      password: 'correct horse battery',
      ip: '10.1.1.1',
    })
    expect(allowed.ok).toBe(true)
  })

  it('throttles an IP address after twenty failures, with a doubling wait', async () => {
    for (let i = 0; i < 22; i += 1) await store.throttleFailure('ip:10.9.9.9', IP_THROTTLE)
    // The 20th failure locks for 1 s, the 21st for 2 s, the 22nd for 4 s.
    expect(await store.throttleStatus(['account:anyone', 'ip:10.9.9.9'])).toEqual({
      retryAfterMs: 4000,
    })
    clock.advance(4000)
    expect(await store.throttleStatus(['ip:10.9.9.9'])).toEqual({ retryAfterMs: 0 })
  })
})
