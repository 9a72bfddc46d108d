import type { MiddlewareHandler } from 'hono'

/**
 * Data routes: signed-in editors may change places at any moment, so caches keep a response
 * but revalidate it on every use; with the ETag that costs a 304 without a body.
 */
export const API_CACHE_CONTROL = 'public, no-cache'

/**
 * Default `Cache-Control` of `/api` responses: `API_CACHE_CONTROL` for a GET 200 that set
 * none; `no-store` for errors and for every write (POST, PATCH, DELETE), whatever it answered.
 *
 * @example
 * app.use('/api/*', apiCacheControl())
 */
export function apiCacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const read = c.req.method === 'GET' || c.req.method === 'HEAD'
    if (c.res.status >= 400 || !read) c.res.headers.set('Cache-Control', 'no-store')
    else if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', API_CACHE_CONTROL)
    }
  }
}
