import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { SiteFeature } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { SITE_FILTER_PARAMS } from './list-params.ts'
import { matchesFilters } from './place-filters.ts'
import { resolveFilters } from './resolve-filters.ts'
import { parameterError } from './validation-hook.ts'

/** The query a site tile takes: the layer panel's filters, each at most once, nothing else. */
export const TILE_QUERY = z.strictObject(SITE_FILTER_PARAMS)

/** The filters of a site tile request: their normalised key and the sites they keep. */
export interface TileFilter {
  /** `status=…&plan=…&district=…` of the filters given, in that order. */
  key: string
  matches: (p: SiteFeature['properties']) => boolean
}

/**
 * The status, plan and district filters of a tile request, checked as strictly as the list
 * routes check them (an unknown parameter or value, or one given twice, is a 400 naming it),
 * or null when it has none: then the unfiltered tiles answer, with no parsing at all.
 *
 * @example tileFilter(c, ctx) // { key: 'status=planned&district=120116', matches: … }
 */
export function tileFilter(c: Context, ctx: ApiContext): TileFilter | null {
  if (!c.req.url.includes('?')) return null
  const query = Object.fromEntries(
    Object.entries(c.req.queries()).map(([name, values]) => [
      name,
      values.length === 1 ? values[0] : values,
    ]),
  )
  const parsed = TILE_QUERY.safeParse(query)
  if (!parsed.success) throw parameterError(parsed.error, c, TILE_QUERY)
  const filters = resolveFilters(ctx, parsed.data)
  const key = Object.keys(SITE_FILTER_PARAMS)
    .flatMap((name) => {
      const value = parsed.data[name as keyof typeof parsed.data]
      return value === undefined ? [] : [`${name}=${value}`]
    })
    .join('&')
  return key === '' ? null : { key, matches: (p) => matchesFilters(p, filters) }
}
