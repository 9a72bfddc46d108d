import type { SqlExecutor } from './sql-driver.ts'

/** The NOTIFY channel every place write announces its new data version on. */
export const DATA_CHANNEL = 'tianjin_map_data'

/** The current data version (0 before any place write). */
export async function readDataVersion(db: SqlExecutor): Promise<number> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM data_version')
  return row?.version ?? 0
}

/**
 * Bumps the data version inside a write transaction and queues its NOTIFY (sent on commit).
 * Locking the single row first also serialises place writes across every instance sharing
 * the database, so each write sees the previous one's result.
 */
export async function bumpDataVersion(tx: SqlExecutor): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    'UPDATE data_version SET version = version + 1 RETURNING version',
  )
  if (!row) throw new Error('data_version has no row: the schema was not migrated')
  await tx.query('SELECT pg_notify($1, $2)', [DATA_CHANNEL, String(row.version)])
  return row.version
}
