import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/** Largest JSON body of a write: a park outline of ~20,000 vertices. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024
/** Largest CSV import: the 2,000-row limit at ~2.5 KB a row. */
export const MAX_CSV_BODY_BYTES = 5 * 1024 * 1024

/**
 * Hono's `bodyLimit` on every `/api` write: `MAX_CSV_BODY_BYTES` for `/api/import/…`,
 * `MAX_JSON_BODY_BYTES` elsewhere; a larger body is a 413 `payload_too_large` before any route
 * reads it (by `Content-Length`, or while streaming a chunked one).
 */
export function writeBodyLimit(): MiddlewareHandler {
  const json = bodyLimit({ maxSize: MAX_JSON_BODY_BYTES })
  const csv = bodyLimit({ maxSize: MAX_CSV_BODY_BYTES })
  return (c, next) => {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next()
    return (c.req.path.startsWith('/api/import/') ? csv : json)(c, next)
  }
}
