import type { MiddlewareHandler } from 'hono'

/** The CSP base: everything from the origin, plus `basemap` sources for maps and fetches. */
function cspBase(basemap: readonly string[]): string {
  const extra = basemap.map((s) => ` ${s}`).join('')
  return [
    "default-src 'self'",
    `img-src 'self' data: blob:${extra}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self'${extra}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ')
}

/**
 * The Content-Security-Policy of a page that may be framed by `frameAncestors`; `basemap` are
 * the origins of an operator's basemap style (`BASEMAP_STYLE_URL`), none by default.
 */
export function contentSecurityPolicy(
  frameAncestors: readonly string[],
  basemap: readonly string[] = [],
): string {
  return `${cspBase(basemap)}; frame-ancestors ${frameAncestors.join(' ')}`
}

/** `/embed` and everything under it: the pages meant to be framed by other sites. */
export function isEmbedPath(path: string): boolean {
  return path === '/embed' || path.startsWith('/embed/')
}

const SOURCE = /^(?:\*|'self'|'none'|(?:https?:\/\/)?(?:\*\.)?[a-z0-9.-]+(?::\d+)?|https?:)$/i

/**
 * Parses `EMBED_FRAME_ANCESTORS` (space- or comma-separated CSP sources, default `*`).
 * Throws on anything that is not a plain source expression, so the header cannot be
 * injected into.
 *
 * @example
 * parseFrameAncestors('https://example.org, https://*.gov.cn') // ['https://example.org', 'https://*.gov.cn']
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  const sources = (value ?? '*').split(/[\s,]+/).filter((s) => s !== '')
  if (sources.length === 0) return ['*']
  const bad = sources.find((s) => !SOURCE.test(s))
  if (bad !== undefined) {
    throw new Error(
      `EMBED_FRAME_ANCESTORS: "${bad}" is not a CSP source (use e.g. "*", "'self'", "https://example.org")`,
    )
  }
  return sources
}

/**
 * Sets the security headers on every response (errors and 304s included):
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy`, a strict `Content-Security-Policy`
 * with `frame-ancestors 'self'` — or, under `/embed`, `frame-ancestors` from the allow-list —
 * and `X-Frame-Options: SAMEORIGIN` except under `/embed`.
 *
 * @example
 * app.use('*', securityHeaders(['https://example.org']))
 */
export function securityHeaders(
  embedFrameAncestors: readonly string[],
  basemapSources: readonly string[] = [],
): MiddlewareHandler {
  const pageCsp = contentSecurityPolicy(["'self'"], basemapSources)
  const embedCsp = contentSecurityPolicy(embedFrameAncestors, basemapSources)
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    const embed = isEmbedPath(c.req.path)
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
    headers.set('Content-Security-Policy', embed ? embedCsp : pageCsp)
    if (embed) headers.delete('X-Frame-Options')
    else headers.set('X-Frame-Options', 'SAMEORIGIN')
  }
}
