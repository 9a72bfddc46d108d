import type { Context, MiddlewareHandler } from 'hono'
import { getPath } from 'hono/utils/url'
import { type ContentEncoding, negotiateEncoding } from './accept-encoding.ts'
import {
  bodyOf,
  createRepresentation,
  etagMatches,
  notModifiedHeadersOf,
  okHeadersOf,
  type Representation,
} from './representation.ts'
import {
  createRepresentationCache,
  type RepresentationCacheOptions,
} from './representation-cache.ts'
import { representationKey } from './representation-key.ts'

/** Headers a representation does not store: its body's own, set per coding. */
const PER_BODY = new Set(['content-length', 'content-encoding', 'etag'])
const codings = new Map<string, ContentEncoding | null>()
const isRead = (method: string) => method === 'GET' || method === 'HEAD'

/** `negotiateEncoding`, remembered per distinct header value (clients send a handful). */
function codingFor(accept: string | null): ContentEncoding | null {
  if (!accept) return null
  let coding = codings.get(accept)
  if (coding === undefined) {
    coding = negotiateEncoding(accept)
    if (codings.size < 256 && accept.length < 256) codings.set(accept, coding)
  }
  return coding
}

/** The answer to a request from `rep`: 304, or the body `Accept-Encoding` asks for. */
function answer(request: Request, rep: Representation): Response {
  const headers = request.headers
  const coding = (rep.negotiable && codingFor(headers.get('accept-encoding'))) || 'identity'
  if (etagMatches(headers.get('if-none-match'), rep.etags[coding])) {
    return new Response(null, { status: 304, headers: notModifiedHeadersOf(rep, coding) })
  }
  const body = request.method === 'HEAD' ? null : bodyOf(rep, coding)
  return new Response(body, { status: 200, headers: okHeadersOf(rep, coding) })
}

/** `c.json` serialising straight to UTF-8 bytes, which it hands to `capture`. */
function jsonAsBytes(c: Context, capture: (bytes: Uint8Array) => void): Context['json'] {
  return ((object: unknown, arg?: number | ResponseInit, headers?: Record<string, string>) => {
    const bytes = Buffer.from(JSON.stringify(object))
    capture(bytes)
    // biome-ignore lint/suspicious/noExplicitAny: the status/init argument is passed through as given
    return c.body(bytes, arg as any, { 'content-type': 'application/json', ...headers })
  }) as unknown as Context['json']
}

/**
 * Serves every 200 GET/HEAD as a cached representation:
 * - `middleware` (outermost in the app): the first request of a key (data version, path,
 *   sorted query) runs the routes, its JSON serialised once straight to bytes; the bytes, a
 *   SHA-1 ETag and the final headers (security, CORS, Cache-Control, X-Total-Count …) are
 *   kept in a bounded LRU. Responses marked `no-store`, errors and over-long URLs pass
 *   through the same way but are not kept.
 * - `answerCached` (in front of the app's `fetch`): a request whose key is cached is answered
 *   synchronously without routing, validation or handlers — `304` (no body) on a matching
 *   `If-None-Match`, else the identity bytes or the brotli/gzip variant `Accept-Encoding`
 *   asks for, compressed once and kept (`-br`/`-gz` ETag suffix).
 * `version()` is read per request: bump it when the data changes.
 *
 * Hand-written because Hono's `etag` hashes every body on every request and its `compress`
 * has no brotli and compresses every time.
 *
 * @example
 * const representations = createRepresentations({ version: () => ctx.dataVersion })
 * app.use('*', representations.middleware)
 */
export function createRepresentations(
  options: RepresentationCacheOptions & { version: () => string },
) {
  const cache = createRepresentationCache(options)
  const keyOf = (request: Request) =>
    representationKey(options.version(), getPath(request), request.url)
  const answerCached = (request: Request): Response | undefined => {
    if (!isRead(request.method)) return undefined
    const key = keyOf(request)
    const cached = key === null ? undefined : cache.get(key)
    if (key === null || !cached) return undefined
    const res = answer(request, cached)
    cache.settle(key)
    return res
  }
  const middleware: MiddlewareHandler = async (c, next) => {
    if (!isRead(c.req.method)) return next()
    const key = keyOf(c.req.raw)
    const cached = key === null ? undefined : cache.get(key)
    if (cached) return answer(c.req.raw, cached)
    let captured: Uint8Array | undefined
    c.json = jsonAsBytes(c, (bytes) => {
      captured = bytes
    })
    await next()
    const res = c.res
    if (res.status !== 200 || res.headers.has('content-encoding')) return
    const headers: Record<string, string> = {}
    res.headers.forEach((value, name) => {
      if (!PER_BODY.has(name)) headers[name] = value
    })
    const bytes = captured ?? new Uint8Array(await res.arrayBuffer())
    const rep = createRepresentation(bytes, headers, res.headers.get('etag'))
    const keep = key !== null && !/\bno-store\b/.test(headers['cache-control'] ?? '')
    if (keep) cache.set(key, rep)
    c.res = undefined
    c.res = answer(c.req.raw, rep)
    if (keep) cache.settle(key)
  }
  return { middleware, answerCached }
}
