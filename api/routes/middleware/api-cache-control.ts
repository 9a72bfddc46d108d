import type { MiddlewareHandler } from 'hono'

/** Data routes: the data only changes on deploy, and ETags make revalidation cheap. */
export const API_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600'

/**
 * Default `Cache-Control` of `/api` responses: `API_CACHE_CONTROL` for a 200 that set none,
 * `no-store` for errors.
 *
 * @example
 * app.use('/api/*', apiCacheControl())
 */
export function apiCacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (c.res.status >= 400) c.res.headers.set('Cache-Control', 'no-store')
    else if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', API_CACHE_CONTROL)
    }
  }
}
