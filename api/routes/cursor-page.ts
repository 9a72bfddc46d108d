import type { Context } from 'hono'
import { badParameter } from './api-http-error.ts'

/** What a list route's query says about the page it wants. */
export interface PageQuery {
  limit: number
  offset: number
  cursor?: string
}

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url')
const KEY = /^[a-z0-9][a-z0-9-]*$/

/** Index of the first of `items` (ascending by `keyOf`) whose key sorts after `key`. */
function firstAfter<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (keyOf(items[mid] as T) <= key) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * One page of `matches` (ascending by `keyOf`, the route's stable order) as a FeatureCollection
 * with `total` and `next_cursor`: an opaque cursor naming the page's last item, so the next
 * page starts right after it however large the list (no offset cap, no skipped or repeated
 * item). Sets `X-Total-Count` and, when there is a next page, `Link: <…?cursor=…>; rel="next"`.
 * `offset` still works without a cursor; both at once is a 400.
 *
 * @example cursorPage(c, sites, { limit: 100, offset: 0 }, (s) => s.properties.id)
 */
export function cursorPage<T>(
  c: Context,
  matches: readonly T[],
  query: PageQuery,
  keyOf: (item: T) => string,
) {
  let start = query.offset
  if (query.cursor !== undefined) {
    if (query.offset !== 0) {
      throw badParameter(
        'offset',
        query.offset,
        '0 with a cursor',
        'use cursor or offset, not both',
      )
    }
    const key = Buffer.from(query.cursor, 'base64url').toString('utf8')
    if (!KEY.test(key) || encode(key) !== query.cursor) {
      const message = 'cursor is not one this API gave (take next_cursor from the previous page)'
      throw badParameter('cursor', query.cursor, 'a next_cursor from a previous page', message)
    }
    start = firstAfter(matches, key, keyOf)
  }
  const features = matches.slice(start, start + query.limit)
  const last = features[features.length - 1]
  const more = start + features.length < matches.length
  const next = more && last !== undefined ? encode(keyOf(last)) : null
  c.header('X-Total-Count', String(matches.length))
  if (next !== null) {
    const url = new URL(c.req.url)
    url.searchParams.delete('offset')
    url.searchParams.set('cursor', next)
    c.header('Link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  return {
    type: 'FeatureCollection' as const,
    features,
    total: matches.length,
    next_cursor: next,
  }
}
