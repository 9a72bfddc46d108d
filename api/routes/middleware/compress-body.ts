import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { ContentEncoding } from './accept-encoding.ts'

/** Brotli quality for on-the-fly compression: fast, most of the gain (11 is ~20× slower). */
const BROTLI_QUALITY = 5
const MAX_CACHE_BYTES = 64 * 1024 * 1024

/**
 * Compresses response bodies with node:zlib, remembering results by content hash (the data
 * is immutable after start-up, so each distinct body is compressed once per coding).
 * Least-recently-used entries are dropped beyond 64 MB.
 *
 * @example
 * const compressor = createCompressor()
 * compressor.compress('sha1-of-body', 'br', bytes)
 */
export function createCompressor() {
  const cache = new Map<string, Uint8Array>()
  let cachedBytes = 0
  const remember = (key: string, value: Uint8Array) => {
    cache.set(key, value)
    cachedBytes += value.byteLength
    for (const [oldKey, oldValue] of cache) {
      if (cachedBytes <= MAX_CACHE_BYTES) break
      cache.delete(oldKey)
      cachedBytes -= oldValue.byteLength
    }
  }
  return {
    compress(hash: string, encoding: ContentEncoding, bytes: Uint8Array): Uint8Array {
      const key = `${encoding}:${hash}`
      const cached = cache.get(key)
      if (cached) {
        cache.delete(key)
        cache.set(key, cached)
        return cached
      }
      const compressed =
        encoding === 'br'
          ? brotliCompressSync(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
              },
            })
          : gzipSync(bytes, { level: 6 })
      const result = new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength)
      remember(key, result)
      return result
    },
  }
}
