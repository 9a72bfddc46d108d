import { beforeAll } from 'vitest'
import { hashPassword } from '../../api/auth/password.ts'
import { openStore } from '../../api/store/open-store.ts'
import { freshStateDir } from '../support/pglite-template.ts'
import { setupMapApp } from './e2e-setup.ts'

/**
 * The app on a fresh embedded database holding one admin account. The account is written
 * before the server opens the database (the embedded one takes one process at a time).
 */
export function setupCurationApp(admin: { name: string; password: string }) {
  const stateDir = freshStateDir()
  beforeAll(async () => {
    const store = await openStore({ stateDir })
    await store.createUser({
      name: admin.name,
      role: 'admin',
      passwordHash: await hashPassword(admin.password),
    })
    await store.close()
  }, 60_000)
  return setupMapApp({ env: () => ({ STATE_DIR: stateDir }) })
}
