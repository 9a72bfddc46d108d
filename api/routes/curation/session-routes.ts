import type { ApiContext } from '../api-context.ts'
import { ApiHttpError } from '../api-http-error.ts'
import { createRouter } from '../create-router.ts'
import { defineRoute, errorContent } from '../define-route.ts'
import { SessionResponse, SignInBody } from './curation-schemas.ts'
import { requestOrigin } from './request-origin.ts'
import { curationOf, sessionUser } from './require-user.ts'
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie.ts'

const session = (description: string) => ({
  description,
  content: { 'application/json': { schema: SessionResponse } },
})

const signInRoute = defineRoute({
  method: 'post',
  path: '/',
  summary: 'Sign in: sets the session cookie (HttpOnly, SameSite=Strict, Secure under HTTPS)',
  request: {
    body: { required: true, content: { 'application/json': { schema: SignInBody } } },
  },
  responses: {
    200: session('Signed in'),
    401: errorContent('Wrong user name or password (or a disabled account)'),
    403: errorContent('A sign-in from another site'),
    429: errorContent('Too many failed sign-ins for this account or address: see Retry-After'),
  },
})

const whoAmIRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Who is signed in (and with which role); never cached',
  responses: { 200: session('The signed-in user, or `user: null`') },
})

const signOutRoute = defineRoute({
  method: 'delete',
  path: '/',
  summary: 'Sign out: ends the session and clears the cookie',
  responses: { 200: session('Signed out (`user: null`)') },
})

/**
 * `POST /`, `GET /` and `DELETE /`, mounted at `/api/session`: sign-in with throttling per
 * account and per client address (429 + `Retry-After`), who-am-I for the web's Edit button,
 * and sign-out. Session answers are `no-store`.
 */
export function createSessionRoutes(ctx: ApiContext) {
  return createRouter()
    .openapi(signInRoute, async (c) => {
      c.header('Cache-Control', 'no-store')
      const { username, password } = c.req.valid('json')
      const { ip } = requestOrigin(c, ctx.trustProxy)
      const port = curationOf(ctx)
      const outcome = await port.signIn({ name: username, password, ip })
      if (outcome.ok) {
        setSessionCookie(c, ctx, outcome.token, port.sessionMaxAgeS)
        return c.json({ user: { name: outcome.user.name, role: outcome.user.role } }, 200)
      }
      if (outcome.reason === 'throttled') {
        c.header('Retry-After', String(outcome.retryAfterS))
        const message = `too many failed sign-ins; try again in ${outcome.retryAfterS} s`
        return c.json(new ApiHttpError(429, 'too_many_requests', message).toBody(), 429)
      }
      const error = new ApiHttpError(401, 'unauthenticated', 'wrong user name or password')
      return c.json(error.toBody(), 401)
    })
    .openapi(whoAmIRoute, async (c) => {
      c.header('Cache-Control', 'no-store')
      const user = ctx.curation ? await sessionUser(c, ctx) : null
      if (!user && sessionToken(c)) clearSessionCookie(c, ctx)
      return c.json({ user: user ? { name: user.name, role: user.role } : null }, 200)
    })
    .openapi(signOutRoute, async (c) => {
      const token = sessionToken(c)
      if (token) await curationOf(ctx).signOut(token)
      clearSessionCookie(c, ctx)
      return c.json({ user: null }, 200)
    })
}
