import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { ContentEncoding } from './accept-encoding.ts'

/** Bodies smaller than this are sent uncompressed (the framing would eat the gain). */
export const MIN_COMPRESS_BYTES = 1024
/** Brotli quality: fast, most of the gain (11 is ~20× slower); each variant is made once. */
const BROTLI_QUALITY = 5
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|geo\+json|javascript|xml|manifest\+json)|image\/svg)/i
/** Headers a 304 keeps (RFC 9110 §15.4.5), plus the security and CORS headers. */
const DROPPED_ON_304 = new Set(['content-type', 'content-length', 'content-encoding'])
const SUFFIX: Record<ContentEncoding, string> = { br: '-br', gzip: '-gz' }

type Headers = Record<string, string>
type Coding = ContentEncoding | 'identity'

/**
 * One serialised 200 response: its identity bytes, strong ETag (SHA-1 of the bytes) and
 * headers, with its brotli and gzip variants made on first demand and kept. Every header
 * set a request needs is built once, so answering from it allocates nothing per request.
 */
export interface Representation {
  readonly identity: Uint8Array
  /** Whether `Accept-Encoding` picks a variant (compressible type, ≥ `MIN_COMPRESS_BYTES`). */
  readonly negotiable: boolean
  /** Identity plus the variants made so far, for the cache's byte budget. */
  byteLength: number
  readonly variants: Partial<Record<ContentEncoding, Uint8Array>>
  readonly okHeaders: Partial<Record<Coding, Headers>>
  readonly notModifiedHeaders: Partial<Record<Coding, Headers>>
  readonly etags: Record<Coding, string>
  readonly baseHeaders: Headers
}

/**
 * Builds the representation of `bytes` answered with `headers` (lower-case names, without
 * content-length, content-encoding or etag). Its ETag is the SHA-1 of the bytes, or `etag`
 * when the route set one (a place's detail: its version, so `If-Match` can name it).
 *
 * @example
 * const rep = createRepresentation(bytes, { 'content-type': 'application/json' })
 */
export function createRepresentation(
  bytes: Uint8Array,
  headers: Headers,
  etag?: string | null,
): Representation {
  const compressible = COMPRESSIBLE.test(headers['content-type'] ?? '')
  const hash = etag
    ? etag.replace(/^W\//, '').replace(/^"|"$/g, '')
    : createHash('sha1').update(bytes).digest('base64url')
  const baseHeaders = compressible
    ? { ...headers, vary: headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding' }
    : headers
  return {
    identity: bytes,
    negotiable: compressible && bytes.byteLength >= MIN_COMPRESS_BYTES,
    byteLength: bytes.byteLength,
    variants: {},
    okHeaders: {},
    notModifiedHeaders: {},
    etags: { identity: `"${hash}"`, br: `"${hash}${SUFFIX.br}"`, gzip: `"${hash}${SUFFIX.gzip}"` },
    baseHeaders,
  }
}

/** The body of `coding`, compressing (once) when it is a variant not made yet. */
export function bodyOf(rep: Representation, coding: Coding): Uint8Array {
  if (coding === 'identity') return rep.identity
  const made = rep.variants[coding]
  if (made) return made
  const compressed =
    coding === 'br'
      ? brotliCompressSync(rep.identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: rep.identity.byteLength,
          },
        })
      : gzipSync(rep.identity, { level: 6 })
  rep.variants[coding] = compressed
  rep.byteLength += compressed.byteLength
  return compressed
}

/** The headers of a 200 carrying `coding` (built once per representation and coding). */
export function okHeadersOf(rep: Representation, coding: Coding): Headers {
  const made = rep.okHeaders[coding]
  if (made) return made
  const body = bodyOf(rep, coding)
  const headers: Headers = {
    ...rep.baseHeaders,
    etag: rep.etags[coding],
    'content-length': String(body.byteLength),
  }
  if (coding !== 'identity') headers['content-encoding'] = coding
  rep.okHeaders[coding] = headers
  return headers
}

/** The headers of a 304 for `coding`: the 200's, without the body's own headers. */
export function notModifiedHeadersOf(rep: Representation, coding: Coding): Headers {
  const made = rep.notModifiedHeaders[coding]
  if (made) return made
  const headers: Headers = { etag: rep.etags[coding] }
  for (const [name, value] of Object.entries(rep.baseHeaders)) {
    if (!DROPPED_ON_304.has(name)) headers[name] = value
  }
  rep.notModifiedHeaders[coding] = headers
  return headers
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, `*` matches all). */
export function etagMatches(ifNoneMatch: string | undefined | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch === etag) return true
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => strip(t) === etag)
}
