import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { SqlDriver, SqlExecutor } from './sql-driver.ts'
import { lockStateDir } from './state-dir-lock.ts'

/**
 * Opens the embedded PostgreSQL (PGlite, WASM) persisted in `dataDir` (created when missing;
 * the first open of an empty folder initialises the cluster, ~7–9 s), or in memory when
 * `dataDir` is omitted. One process at a time: a lock file next to the folder makes a second
 * opener (e.g. the users CLI while the server runs) fail with a message instead of corrupting it.
 */
export async function openPgliteDriver(dataDir?: string): Promise<SqlDriver> {
  const unlock = dataDir ? await lockStateDir(dataDir) : () => {}
  let db: PGlite
  try {
    db = await PGlite.create(dataDir)
  } catch (error) {
    unlock()
    throw error
  }
  return {
    backend: 'pglite',
    location: dataDir ? `PGlite in ${dataDir}` : 'PGlite in memory',
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    async listen(channel, onPayload, onReady) {
      const unlisten = await db.listen(channel, onPayload)
      onReady?.()
      return () => unlisten()
    },
    async close() {
      try {
        if (!db.closed) await db.close()
      } finally {
        unlock()
      }
    },
  }
}

function executor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, [...params])
      return result.rows
    },
    async exec(script: string) {
      await db.exec(script)
    },
  }
}
