/** Runs SQL on one connection or inside one transaction; PostgreSQL dialect, `$1` parameters. */
export interface SqlExecutor {
  /**
   * One statement with parameters; rows as plain objects (json and jsonb parsed, timestamptz as Date).
   * Pass a json parameter as the value itself (`$1::json` ← an object): both drivers
   * serialise it, so a pre-stringified one would be stored as a JSON string.
   */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>
}

/**
 * The one database interface the store is written against, so the same SQL runs on the
 * embedded PGlite and on a real PostgreSQL (`pglite-driver.ts`, `postgres-driver.ts`).
 */
export interface SqlDriver extends SqlExecutor {
  readonly backend: 'pglite' | 'postgres'
  /** Where the data lives, for messages; never contains a password. */
  readonly location: string
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>
  /**
   * Calls `onPayload` for each `NOTIFY channel` (from any connection, after its commit), and
   * `onReady` each time the listener is (re)connected, when notifications may have been missed.
   * Resolves to a function that stops listening.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onReady?: () => void,
  ): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** PostgreSQL error code of a driver error, e.g. `23505` for a unique violation. */
export function sqlErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
