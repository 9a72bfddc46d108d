import { join, resolve } from 'node:path'
import { openPgliteDriver } from './pglite-driver.ts'
import { openPostgresDriver } from './postgres-driver.ts'
import type { SqlDriver } from './sql-driver.ts'
import { createStore, type Store, type StoreOptions } from './store.ts'

/** Where the store lives: a PostgreSQL URL, or the embedded database's state folder. */
export type StoreLocation =
  | { databaseUrl: string }
  | { stateDir: string }
  /** Embedded and in memory: nothing persists (tests). */
  | { memory: true }

/**
 * `DATABASE_URL` (postgres:// or postgresql://) when set, else the embedded PGlite under
 * `STATE_DIR` (default `./.state`, created when missing). Throws on any other URL scheme.
 */
export function storeLocationFromEnv(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const url = env.DATABASE_URL?.trim()
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL: expected postgres://user:password@host:port/database')
    }
    return { databaseUrl: url }
  }
  return { stateDir: resolve(env.STATE_DIR?.trim() || '.state') }
}

/**
 * Opens the store and brings its schema up to date (versioned migrations), ready to use.
 * @example const store = await openStore(storeLocationFromEnv(), { places })
 */
export async function openStore(
  location: StoreLocation,
  options: StoreOptions = {},
): Promise<Store> {
  const driver = await openDriver(location)
  const store = createStore(driver, options)
  try {
    await store.migrate()
  } catch (error) {
    await store.close()
    throw error
  }
  return store
}

function openDriver(location: StoreLocation): Promise<SqlDriver> {
  if ('databaseUrl' in location) return openPostgresDriver(location.databaseUrl)
  if ('stateDir' in location) return openPgliteDriver(join(location.stateDir, 'pglite'))
  return openPgliteDriver()
}
