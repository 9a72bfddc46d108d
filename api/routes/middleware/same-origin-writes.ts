import type { MiddlewareHandler } from 'hono'
import { ApiHttpError, clipValue } from '../api-http-error.ts'
import { requestOrigin } from '../curation/request-origin.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Writes only from the app's own origin: a POST, PATCH or DELETE whose `Sec-Fetch-Site` is not
 * `same-origin`, or whose `Origin` differs from the origin the request was sent to, is a 403
 * `cross_origin` before any route runs. Browsers send `Origin` with every such request, so a
 * request without both headers is not from a browser page (curl, scripts) and carries no
 * ambient cookie risk. Written here rather than with `hono/csrf`, which only guards form
 * content types and lets a cross-origin JSON or CSV request through to CORS.
 *
 * @example
 * app.use('/api/*', sameOriginWrites(0))
 */
export function sameOriginWrites(trustProxy: number): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next()
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    const expected = requestOrigin(c, trustProxy).origin
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw refuse(`Sec-Fetch-Site is ${site}`, site)
    }
    if (origin !== undefined && origin !== expected) {
      throw refuse(`Origin ${clipValue(origin)} is not ${expected}`, origin)
    }
    return next()
  }
}

function refuse(why: string, value: string): ApiHttpError {
  return new ApiHttpError(
    403,
    'cross_origin',
    `writes are accepted only from this site's own pages (${why}); behind a reverse proxy that terminates TLS, set TRUST_PROXY`,
    { parameter: 'Origin', value: clipValue(value) },
  )
}
