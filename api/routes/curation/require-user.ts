import type { Context } from 'hono'
import type { Role } from '../../domain/role.ts'
import { roleAtLeast } from '../../domain/role.ts'
import type { ApiContext } from '../api-context.ts'
import { ApiHttpError } from '../api-http-error.ts'
import type { CurationPort, SessionUser } from './curation-port.ts'
import { sessionToken } from './session-cookie.ts'

/** The edit database's port, or a 404: this app was built without one (read-only). */
export function curationOf(ctx: ApiContext): CurationPort {
  if (!ctx.curation) {
    throw new ApiHttpError(404, 'route_not_found', 'editing is not available on this server')
  }
  return ctx.curation
}

/** The signed-in user of a request, or `null` (no cookie, or the session ended). */
export async function sessionUser(c: Context, ctx: ApiContext): Promise<SessionUser | null> {
  const token = sessionToken(c)
  return token ? curationOf(ctx).sessionUser(token) : null
}

/**
 * The signed-in user if their role is at least `role`: else 401 `unauthenticated` (no live
 * session) or 403 `forbidden` (the role is too weak).
 */
export async function requireUser(c: Context, ctx: ApiContext, role: Role): Promise<SessionUser> {
  const user = await sessionUser(c, ctx)
  if (!user) {
    throw new ApiHttpError(401, 'unauthenticated', 'sign in first (POST /api/session)')
  }
  if (!roleAtLeast(user.role, role)) {
    throw new ApiHttpError(
      403,
      'forbidden',
      `this needs the ${role} role; ${user.name} is ${user.role}`,
    )
  }
  return user
}
