import { createHash, randomBytes } from 'node:crypto'
import type { StoreContext } from './store-context.ts'
import type { User } from './users.ts'

/** How long sessions live. Defaults: 12 h idle, 7 days at most, last-seen written once a minute. */
export interface SessionPolicy {
  idleMs: number
  absoluteMs: number
  /** A lookup refreshes `last_seen` (and the idle expiry) only when older than this. */
  touchAfterMs: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 12 * 3600_000,
  absoluteMs: 7 * 24 * 3600_000,
  touchAfterMs: 60_000,
}

export interface Session {
  userId: number
  createdAt: Date
  lastSeenAt: Date
  /** When it ends: the earlier of the idle and the absolute expiry. */
  expiresAt: Date
}

/** SHA-256 (hex) of a token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Starts a session; the returned `token` (32 random bytes, base64url) goes in the cookie. */
export async function createSession(
  ctx: StoreContext,
  userId: number,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url')
  const now = ctx.now()
  const idle = new Date(now.getTime() + policy.idleMs)
  const absolute = new Date(now.getTime() + policy.absoluteMs)
  await ctx.driver.query(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, idle_expires_at,
       absolute_expires_at) VALUES ($1, $2, $3::timestamptz, $3::timestamptz, $4::timestamptz, $5::timestamptz)`,
    [hashToken(token), userId, now.toISOString(), idle.toISOString(), absolute.toISOString()],
  )
  const expiresAt = idle < absolute ? idle : absolute
  return { token, session: { userId, createdAt: now, lastSeenAt: now, expiresAt } }
}

interface SessionRow {
  user_id: number
  created_at: Date
  last_seen_at: Date
  idle_expires_at: Date
  absolute_expires_at: Date
  name: string
  role: User['role']
  disabled: boolean
  user_created_at: Date
  user_updated_at: Date
}

/**
 * The session and its user for a cookie token, or `null` when unknown, expired (idle or
 * absolute; the row is then deleted) or the user is disabled. A live session seen more than
 * `touchAfterMs` ago is touched (sliding idle expiry, never past the absolute one).
 */
export async function lookupSession(
  ctx: StoreContext,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ session: Session; user: User } | null> {
  const tokenHash = hashToken(token)
  const [row] = await ctx.driver.query<SessionRow>(
    `SELECT s.user_id, s.created_at, s.last_seen_at, s.idle_expires_at, s.absolute_expires_at,
       u.name, u.role, u.disabled, u.created_at AS user_created_at, u.updated_at AS user_updated_at
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [tokenHash],
  )
  if (!row) return null
  const now = ctx.now()
  if (now >= row.idle_expires_at || now >= row.absolute_expires_at || row.disabled) {
    await deleteSession(ctx, token)
    return null
  }
  let { last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt } = row
  if (now.getTime() - lastSeenAt.getTime() >= policy.touchAfterMs) {
    ;({ lastSeenAt, idleExpiresAt } = await touch(ctx, tokenHash, now, policy))
  }
  const absolute = row.absolute_expires_at
  return {
    session: {
      userId: row.user_id,
      createdAt: row.created_at,
      lastSeenAt,
      expiresAt: idleExpiresAt < absolute ? idleExpiresAt : absolute,
    },
    user: {
      id: row.user_id,
      name: row.name,
      role: row.role,
      disabled: row.disabled,
      createdAt: row.user_created_at,
      updatedAt: row.user_updated_at,
    },
  }
}

/** Marks a session as used now, extending its idle expiry. */
export async function touchSession(
  ctx: StoreContext,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<void> {
  await touch(ctx, hashToken(token), ctx.now(), policy)
}

async function touch(ctx: StoreContext, tokenHash: string, now: Date, policy: SessionPolicy) {
  const idle = new Date(now.getTime() + policy.idleMs)
  await ctx.driver.query(
    `UPDATE sessions SET last_seen_at = $2::timestamptz, idle_expires_at = $3::timestamptz
     WHERE token_hash = $1`,
    [tokenHash, now.toISOString(), idle.toISOString()],
  )
  return { lastSeenAt: now, idleExpiresAt: idle }
}

/** Ends one session (sign-out). */
export async function deleteSession(ctx: StoreContext, token: string): Promise<void> {
  await ctx.driver.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)])
}

/** Deletes every expired session; returns how many. Run it now and then (e.g. hourly). */
export async function expireSessions(ctx: StoreContext): Promise<number> {
  const rows = await ctx.driver.query(
    `DELETE FROM sessions WHERE idle_expires_at <= $1::timestamptz
       OR absolute_expires_at <= $1::timestamptz RETURNING token_hash`,
    [ctx.now().toISOString()],
  )
  return rows.length
}
