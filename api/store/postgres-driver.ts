import postgres from 'postgres'
import type { SqlDriver, SqlExecutor } from './sql-driver.ts'

/**
 * Connects to a real PostgreSQL (`postgres://user:pass@host:port/db`) with a small pool; LISTEN
 * uses one dedicated connection that reconnects by itself (`postgres` package).
 */
export async function openPostgresDriver(url: string, maxConnections = 5): Promise<SqlDriver> {
  const sql = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    connection: { application_name: 'tianjin-industrial-map' },
  })
  await sql`select 1` // fail now, with the connection error, rather than on first use
  return {
    backend: 'postgres',
    location: `PostgreSQL at ${describeUrl(url)}`,
    ...executor(sql),
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      // Wrapped: sql.begin treats a returned array as queries to await, not as a value.
      const result = await sql.begin(async (tx) => ({
        value: await work(executor(tx as unknown as postgres.Sql)),
      }))
      return (result as { value: T }).value
    },
    async listen(channel, onPayload, onReady) {
      const meta = await sql.listen(channel, onPayload, onReady)
      return () => meta.unlisten()
    },
    async close() {
      await sql.end({ timeout: 5 })
    },
  }
}

function executor(sql: postgres.Sql): SqlExecutor {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])
      return [...rows] as Row[]
    },
    async exec(script: string) {
      await sql.unsafe(script).simple()
    },
  }
}

/** `host:port/db` of a connection URL, without user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`
  } catch {
    return '(unparsable DATABASE_URL)'
  }
}
