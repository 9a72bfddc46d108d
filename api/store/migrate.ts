import { type Migration, shippedMigrations } from './migrations.ts'
import type { SqlDriver, SqlExecutor } from './sql-driver.ts'

/** Any constant: every instance migrating the same database waits on this advisory lock. */
const MIGRATION_LOCK = 7_246_118

export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was already current). */
  applied: number[]
  /** The schema version afterwards. */
  version: number
}

/**
 * Brings the schema to the newest shipped migration in one transaction, under an advisory lock
 * so several API instances starting together migrate once. Refuses a database whose applied
 * migrations this code does not know or whose files changed since (checksum), naming which.
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = shippedMigrations(),
): Promise<MigrateResult> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const applied = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    )
    checkApplied(applied, migrations, driver.location)
    const pending = migrations.filter((m) => !applied.some((a) => a.version === m.version))
    for (const migration of pending) await apply(tx, migration)
    return {
      applied: pending.map((m) => m.version),
      version: migrations.at(-1)?.version ?? 0,
    }
  })
}

function checkApplied(
  applied: readonly { version: number; name: string; checksum: string }[],
  migrations: readonly Migration[],
  location: string,
): void {
  for (const row of applied) {
    const shipped = migrations.find((m) => m.version === row.version)
    if (!shipped) {
      throw new Error(
        `${location} has schema migration ${row.version} (${row.name}) that this code does not ship: the database is newer than the code`,
      )
    }
    if (shipped.checksum !== row.checksum) {
      throw new Error(
        `migration ${row.version} (${row.name}) was changed after ${location} applied it; add a new migration instead of editing an applied one`,
      )
    }
  }
}

async function apply(tx: SqlExecutor, migration: Migration): Promise<void> {
  try {
    await tx.exec(migration.sql)
  } catch (error) {
    throw new Error(
      `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
    )
  }
  await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
    migration.version,
    migration.name,
    migration.checksum,
  ])
}
