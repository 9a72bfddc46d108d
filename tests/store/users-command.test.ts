import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn } from '../../api/auth/sign-in.ts'
import type { CliIo } from '../../api/cli/cli-io.ts'
import { usersCommand } from '../../api/cli/users-command.ts'
import { openStore } from '../../api/store/open-store.ts'
import type { Store } from '../../api/store/store.ts'
import { freshLocation, freshPostgresUrl } from './test-stores.ts'

function fakeIo(secrets: string[] = []) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readSecret: async () => secrets.shift() ?? '',
  }
  return { io, out, err }
}

describe('the users command', () => {
  let store: Store
  let databaseUrl: string
  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl()
    store = await openStore({ databaseUrl })
  })
  afterAll(() => store.close())

  it('adds an account whose password then signs in', async () => {
    const { io, out } = fakeIo(['a long enough password'])
    expect(await usersCommand(['add', 'li.na', '--role', 'editor'], store, io)).toBe(0)
    expect(out).toEqual(['added li.na (editor)'])
    const result = await signIn(store, {
      name: 'li.na',
      password: 'a long enough password',
      ip: '127.0.0.1',
    })
    expect(result.ok).toBe(true)
  })

  it('refuses a short password, a bad role and a bad name, saying why', async () => {
    const short = fakeIo(['too short'])
    expect(await usersCommand(['add', 'bob', '--role', 'viewer'], store, short.io)).toBe(1)
    expect(short.err).toEqual(['users: the password needs at least 10 characters (got 9)'])
    const role = fakeIo()
    expect(await usersCommand(['add', 'bob', '--role', 'boss'], store, role.io)).toBe(2)
    expect(role.err[0]).toBe('users: add needs --role viewer|editor|admin')
    const name = fakeIo()
    expect(await usersCommand(['add', 'bob smith', '--role', 'viewer'], store, name.io)).toBe(1)
    expect(name.err[0]).toMatch(/user name "bob smith": expected 2–32 letters/)
    expect((await store.listUsers()).map((u) => u.name)).toEqual(['li.na'])
  })

  it('disables and re-enables an account, ending its sessions', async () => {
    const signedIn = await signIn(store, {
      name: 'li.na',
      password: 'a long enough password',
      ip: '127.0.0.1',
    })
    if (!signedIn.ok) throw new Error('sign-in failed')
    expect(await usersCommand(['disable', 'li.na'], store, fakeIo().io)).toBe(0)
    expect(await store.lookupSession(signedIn.token)).toBeNull()
    const { io, out } = fakeIo()
    await usersCommand(['list'], store, io)
    expect(out[0]).toMatch(/^li\.na\teditor\tdisabled\tcreated \d{4}-\d\d-\d\d$/)
    expect(await usersCommand(['enable', 'li.na'], store, fakeIo().io)).toBe(0)
  })

  it('resets a password: the old one stops working', async () => {
    expect(
      await usersCommand(['reset', 'li.na'], store, fakeIo(['the new long password']).io),
    ).toBe(0)
    const old = await signIn(store, {
      name: 'li.na',
      password: 'a long enough password',
      ip: '127.0.0.2',
    })
    expect(old.ok).toBe(false)
    const fresh = await signIn(store, {
      name: 'li.na',
      password: 'the new long password',
      ip: '127.0.0.2',
    })
    expect(fresh.ok).toBe(true)
    expect(await usersCommand(['reset', 'nobody'], store, fakeIo(['x']).io)).toBe(1)
  })

  it.each(['postgres', 'pglite'] as const)(
    'runs as npm run users against %s with the password piped on stdin',
    async (backend) => {
      const env =
        backend === 'postgres'
          ? { DATABASE_URL: databaseUrl }
          : {
              DATABASE_URL: '',
              STATE_DIR: ((await freshLocation('pglite')) as { stateDir: string }).stateDir,
            }
      const run = (args: string[], input = '') =>
        spawnSync(process.execPath, ['--import', 'tsx', 'api/cli/users-cli.ts', ...args], {
          input,
          encoding: 'utf8',
          env: { ...process.env, ...env },
        })
      const added = run(['add', 'piped', '--role', 'admin'], 'piped password 1\n')
      expect([added.status, added.stdout.trim(), added.stderr]).toEqual([
        0,
        'added piped (admin)',
        '',
      ])
      if (backend === 'postgres') expect(run(['list']).stdout).toMatch(/^piped\tadmin\tactive/m)
    },
  )
})
