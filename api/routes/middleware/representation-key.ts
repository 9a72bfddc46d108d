/** URLs longer than this are answered but not cached (no valid request needs one). */
export const MAX_CACHED_URL_CHARS = 2048

/**
 * The cache key of a GET: data version, path and the query with its parameters sorted
 * (stable, so repeated parameters keep their order), or `null` for an over-long URL.
 * Parameters stay percent-encoded as sent: two spellings of one value are two entries of
 * the same representation, never a wrong answer.
 *
 * @example
 * representationKey('v1', '/api/sites', 'http://h/api/sites?b=2&a=1') // 'v1 /api/sites?a=1&b=2'
 */
export function representationKey(version: string, path: string, url: string): string | null {
  if (url.length > MAX_CACHED_URL_CHARS) return null
  const at = url.indexOf('?')
  if (at < 0 || at === url.length - 1) return `${version} ${path}?`
  const params = url.slice(at + 1).split('&')
  const query = params.length === 1 ? params[0] : params.sort().join('&')
  return `${version} ${path}?${query}`
}
