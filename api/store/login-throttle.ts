import type { StoreContext } from './store-context.ts'

/** How failed sign-ins slow down one key (an account or an IP address). */
export interface ThrottlePolicy {
  /** Failures before the first wait: the last free one locks the key for `baseDelayMs`. */
  freeFailures: number
  /** The first wait; it doubles with each further failure. */
  baseDelayMs: number
  maxDelayMs: number
  /** A key whose last failure is older than this starts again from zero. */
  forgetAfterMs: number
}

/**
 * Whether a sign-in may be tried now: `retryAfterMs` is 0 when every key is free, else how long
 * until the most locked one is. Keys: `account:<name>`, `ip:<address>` (shared by every
 * instance on the database).
 */
export async function throttleStatus(
  ctx: StoreContext,
  keys: readonly string[],
): Promise<{ retryAfterMs: number }> {
  const rows = await ctx.driver.query<{ locked_until: Date | null }>(
    'SELECT locked_until FROM login_throttle WHERE key = ANY($1::text[])',
    [[...keys]],
  )
  const now = ctx.now().getTime()
  const waits = rows.map((r) => (r.locked_until ? r.locked_until.getTime() - now : 0))
  return { retryAfterMs: Math.max(0, ...waits) }
}

/** Counts a failed sign-in against `key` and locks it per `policy` (exponential backoff). */
export async function throttleFailure(
  ctx: StoreContext,
  key: string,
  policy: ThrottlePolicy,
): Promise<void> {
  const now = ctx.now()
  const forgetBefore = new Date(now.getTime() - policy.forgetAfterMs).toISOString()
  await ctx.driver.transaction(async (tx) => {
    // One upsert counts atomically even when several instances record failures at once.
    const [row] = await tx.query<{ failures: number }>(
      `INSERT INTO login_throttle AS t (key, failures, last_failure_at)
       VALUES ($1, 1, $2::timestamptz)
       ON CONFLICT (key) DO UPDATE SET last_failure_at = EXCLUDED.last_failure_at,
         failures = CASE WHEN t.last_failure_at < $3::timestamptz THEN 1 ELSE t.failures + 1 END
       RETURNING failures`,
      [key, now.toISOString(), forgetBefore],
    )
    const over = (row?.failures ?? 1) - policy.freeFailures
    const delayMs = over >= 0 ? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** over) : 0
    const lockedUntil = delayMs > 0 ? new Date(now.getTime() + delayMs).toISOString() : null
    await tx.query('UPDATE login_throttle SET locked_until = $2::timestamptz WHERE key = $1', [
      key,
      lockedUntil,
    ])
  })
}

/** Forgets the failures of `key` (after a successful sign-in of that account). */
export async function throttleReset(ctx: StoreContext, key: string): Promise<void> {
  await ctx.driver.query('DELETE FROM login_throttle WHERE key = $1', [key])
}
