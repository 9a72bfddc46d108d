import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../../api/store/migrate.ts'
import { shippedMigrations } from '../../api/store/migrations.ts'
import { openStore } from '../../api/store/open-store.ts'
import { openPgliteDriver } from '../../api/store/pglite-driver.ts'
import { openPostgresDriver } from '../../api/store/postgres-driver.ts'
import type { SqlDriver } from '../../api/store/sql-driver.ts'
import { StoreBusyError } from '../../api/store/store-errors.ts'
import { BACKENDS, type Backend, freshLocation, runTempDir } from './test-stores.ts'

async function openDriver(backend: Backend): Promise<SqlDriver> {
  const location = await freshLocation(backend)
  if ('databaseUrl' in location) return openPostgresDriver(location.databaseUrl)
  if ('stateDir' in location) return openPgliteDriver(join(location.stateDir, 'pglite'))
  throw new Error('unexpected location')
}

function migrationsDir(files: Record<string, string>): string {
  const dir = `${runTempDir('migrations-')}/`
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql)
  return dir
}

describe.each(BACKENDS)('migrations on %s', (backend) => {
  let driver: SqlDriver
  beforeAll(async () => {
    driver = await openDriver(backend)
  })
  afterAll(() => driver.close())

  it('applies every shipped migration once, and nothing on a second run', async () => {
    const first = await migrate(driver)
    expect(first.applied).toEqual(shippedMigrations().map((m) => m.version))
    const second = await migrate(driver)
    expect(second).toEqual({ applied: [], version: first.version })
    const rows = await driver.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM schema_migrations',
    )
    expect(rows[0]?.n).toBe(first.version)
  })

  it('refuses a database whose applied migration was edited afterwards', async () => {
    const dir = migrationsDir({ '0001_a.sql': 'CREATE TABLE edited_a (x integer);' })
    const other = await openDriver(backend)
    try {
      await migrate(other, shippedMigrations(dir))
      writeFileSync(join(dir, '0001_a.sql'), 'CREATE TABLE edited_a (x text);')
      await expect(migrate(other, shippedMigrations(dir))).rejects.toThrow(
        /migration 1 \(a\) was changed after/,
      )
    } finally {
      await other.close()
    }
  })

  it('rolls back a failing migration entirely, naming it', async () => {
    const dir = migrationsDir({
      '0001_good.sql': 'CREATE TABLE rollback_good (x integer);',
      '0002_bad.sql': 'CREATE TABLE rollback_bad (x no_such_type);',
    })
    const other = await openDriver(backend)
    try {
      await expect(migrate(other, shippedMigrations(dir))).rejects.toThrow(
        /migration 2 \(bad\) failed/,
      )
      const tables = await other.query(
        "SELECT 1 FROM information_schema.tables WHERE table_name IN ('rollback_good', 'schema_migrations')",
      )
      expect(tables).toEqual([])
    } finally {
      await other.close()
    }
  })
})

describe('the embedded database', () => {
  it('opens an empty STATE_DIR, creating and migrating it', async () => {
    const stateDir = join(runTempDir('empty-'), 'state')
    const store = await openStore({ stateDir })
    try {
      expect(store.location).toBe(`PGlite in ${join(stateDir, 'pglite')}`)
      expect(await store.dataVersion()).toBe(0)
      expect(await store.listUsers()).toEqual([])
    } finally {
      await store.close()
    }
  }, 60_000)

  it('refuses a second process-level opener of the same folder', async () => {
    const location = await freshLocation('pglite')
    const store = await openStore(location)
    try {
      await expect(openStore(location)).rejects.toThrow(StoreBusyError)
    } finally {
      await store.close()
    }
  })
})
