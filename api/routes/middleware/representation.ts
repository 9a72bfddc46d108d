import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { type ContentEncoding, negotiateEncoding } from './accept-encoding.ts'
import { createCompressor } from './compress-body.ts'

/** Bodies smaller than this are sent uncompressed (the framing would eat the gain). */
export const MIN_COMPRESS_BYTES = 1024
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|geo\+json|javascript|xml|manifest\+json)|image\/svg)/i
const KEPT_ON_304 = /^(?:etag|cache-control|vary|content-location|date|expires|access-control-.*)$/i
const SUFFIX: Record<ContentEncoding, string> = { br: '-br', gzip: '-gz' }

/** Whether an `If-None-Match` header matches `etag` (weak comparison, `*` matches all). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => strip(t) === strip(etag))
}

/**
 * Turns every 200 GET/HEAD response into a cacheable representation:
 * - `ETag` = SHA-1 of the body (suffixed `-br`/`-gz` for a compressed representation), and
 *   `304 Not Modified` (no body) when `If-None-Match` matches;
 * - gzip or brotli (node:zlib) per `Accept-Encoding` for compressible types of at least
 *   `MIN_COMPRESS_BYTES`, with `Vary: Accept-Encoding`.
 *
 * @example
 * app.use('*', representation())
 */
export function representation(): MiddlewareHandler {
  const compressor = createCompressor()
  return async (c, next) => {
    await next()
    const method = c.req.method
    const res = c.res
    if ((method !== 'GET' && method !== 'HEAD') || res.status !== 200 || !res.body) return
    if (res.headers.has('content-encoding')) return
    const bytes = new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    const compressible = COMPRESSIBLE.test(headers.get('content-type') ?? '')
    if (compressible) headers.append('Vary', 'Accept-Encoding')
    const encoding =
      compressible && bytes.byteLength >= MIN_COMPRESS_BYTES
        ? negotiateEncoding(c.req.header('accept-encoding'))
        : null
    const hash = createHash('sha1').update(bytes).digest('base64url')
    const etag = `"${hash}${encoding ? SUFFIX[encoding] : ''}"`
    headers.set('ETag', etag)
    c.res = undefined
    if (etagMatches(c.req.header('if-none-match'), etag)) {
      for (const key of [...headers.keys()]) if (!KEPT_ON_304.test(key)) headers.delete(key)
      c.res = new Response(null, { status: 304, headers })
      return
    }
    const body = encoding ? compressor.compress(hash, encoding, bytes) : bytes
    if (encoding) headers.set('Content-Encoding', encoding)
    headers.set('Content-Length', String(body.byteLength))
    c.res = new Response(body, { status: 200, headers })
  }
}
