import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>

/** The CSP of every page: everything from the origin only (the embed makes no third-party request). */
const CSP_BASE = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
}

/** `/embed` and everything under it: the pages meant to be framed by other sites. */
export function isEmbedPath(path: string): boolean {
  return path === '/embed' || path.startsWith('/embed/')
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/')

type Area = 'page' | 'embed' | 'api'

function options(
  area: Area,
  embedFrameAncestors: readonly string[],
  basemap: readonly string[],
): SecureHeadersOptions {
  return {
    contentSecurityPolicy: {
      ...CSP_BASE,
      // An operator's basemap (`BASEMAP_STYLE_URL`): its origin only, for style, tiles, sprites.
      imgSrc: [...CSP_BASE.imgSrc, ...basemap],
      connectSrc: [...CSP_BASE.connectSrc, ...basemap],
      frameAncestors: area === 'embed' ? [...embedFrameAncestors] : ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: area === 'embed' ? false : 'SAMEORIGIN',
    // the API is CORS-open and the embed is meant for other sites; the app stays same-origin
    crossOriginResourcePolicy: area === 'page' ? 'same-origin' : 'cross-origin',
    // a plain-HTTP server: HSTS belongs to the TLS terminator in front of it
    strictTransportSecurity: false,
  }
}

/**
 * Hono's `secureHeaders` on every response (errors and 304s included) in three variants:
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: strict-origin-when-cross-origin`, a
 * strict `Content-Security-Policy` with `frame-ancestors 'self'` and `X-Frame-Options:
 * SAMEORIGIN` — except under `/embed`, whose `frame-ancestors` is the allow-list and which
 * sends no `X-Frame-Options`. `/api` and `/embed` are `Cross-Origin-Resource-Policy:
 * cross-origin`, the app `same-origin`; Hono's other defaults (COOP, Origin-Agent-Cluster, …)
 * apply, HSTS is left to the TLS terminator. `basemapSources` (an operator's basemap origin)
 * join `img-src` and `connect-src`.
 *
 * @example
 * app.use('*', securityHeaders(['https://example.org']))
 */
export function securityHeaders(
  embedFrameAncestors: readonly string[],
  basemapSources: readonly string[] = [],
): MiddlewareHandler {
  const page = secureHeaders(options('page', embedFrameAncestors, basemapSources))
  const embed = secureHeaders(options('embed', embedFrameAncestors, basemapSources))
  const api = secureHeaders(options('api', embedFrameAncestors, basemapSources))
  return (c, next) => {
    const path = c.req.path
    if (isEmbedPath(path)) return embed(c, next)
    return isApiPath(path) ? api(c, next) : page(c, next)
  }
}
