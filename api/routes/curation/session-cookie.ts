import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { ApiContext } from '../api-context.ts'
import { requestOrigin } from './request-origin.ts'

/** The session cookie: an opaque random token (the database keeps only its SHA-256). */
export const SESSION_COOKIE = 'tjmap_session'

/** The session token a request carries, if any. */
export function sessionToken(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE)
  return token && token.length <= 128 ? token : undefined
}

function attributes(c: Context, ctx: ApiContext) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: requestOrigin(c, ctx.trustProxy).secure,
  }
}

/**
 * Sets the session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), `Secure` when the client came over HTTPS (directly, or per `TRUST_PROXY`),
 * kept by the browser until the session's absolute expiry; the server also ends it after the
 * idle time.
 */
export function setSessionCookie(c: Context, ctx: ApiContext, token: string, maxAgeS: number) {
  setCookie(c, SESSION_COOKIE, token, { ...attributes(c, ctx), maxAge: maxAgeS })
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context, ctx: ApiContext) {
  deleteCookie(c, SESSION_COOKIE, attributes(c, ctx))
}
