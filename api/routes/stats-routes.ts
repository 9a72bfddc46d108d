import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { computeStats } from './compute-stats.ts'
import { countSites } from './count-sites.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { SITE_FILTER_PARAMS } from './list-params.ts'
import { resolveFilters } from './resolve-filters.ts'

const int = z.number().int().nonnegative()
const names = {
  district_code: z.string(),
  district_name_zh: z.string(),
  district_name_en: z.string(),
}

export const CountsSchema = z
  .object({
    districts: int,
    parks: int,
    sites: int,
    infrastructure: int,
    sectors: int,
    chains: int,
    documents: int,
    clauses: int,
    targets: int,
    project_batches: int,
    unplaced: int,
  })
  .openapi('Counts')

const StatsSchema = z
  .object({
    counts: CountsSchema,
    by_district: z.array(
      z.object({
        ...names,
        sites: int,
        parks: int,
        investment_cny_100m: z.number(),
        /** Sites whose investment is stated; 0: the district has no figure (not "0 yuan"). */
        sites_with_investment: int,
      }),
    ),
    by_district_sector: z.array(
      z.object({
        ...names,
        sector: z.string(),
        sector_name_zh: z.string(),
        sector_name_en: z.string(),
        sites: int,
        parks: int,
        investment_cny_100m: z.number().openapi({ description: '亿元 (100 million CNY)' }),
        sites_with_investment: int,
      }),
    ),
  })
  .openapi('Stats')

const statsRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Record counts, and sites/parks/investment by district × sector',
  description:
    'A place tagged with several sectors counts in each; `by_district` totals do not double count.',
  responses: {
    200: { description: 'Statistics', content: { 'application/json': { schema: StatsSchema } } },
  },
})

const SiteCountsSchema = z
  .object({
    total: int.openapi({ description: 'Sites passing the filters' }),
    by_sector: z.array(
      z.object({ sector: z.string(), exact: int, approximate: int, district: int }),
    ),
    district_level: z.array(
      z.object({ district_code: z.string(), sector: z.string(), sites: int }),
    ),
  })
  .openapi('SiteCounts')

const siteCountsRoute = defineRoute({
  method: 'get',
  path: '/sites',
  summary: 'Sites by primary sector and precision, and district-level sites by district',
  description:
    'The sites passing the filters, counted by primary sector (the first listed) and location precision; `district_level` counts the sites known only to their district, by district × primary sector. For clients without the site list (more than 10,000 sites: the map draws tiles).',
  request: {
    query: z.strictObject(SITE_FILTER_PARAMS),
  },
  responses: {
    200: {
      description: 'Site counts',
      content: { 'application/json': { schema: SiteCountsSchema } },
    },
  },
})

/** `/` and `/sites`, mounted at `/api/stats`. */
export function createStatsRoutes(ctx: ApiContext) {
  const stats = computeStats(ctx.ds)
  return createRouter()
    .openapi(statsRoute, (c) => c.json(stats, 200))
    .openapi(siteCountsRoute, (c) => {
      const filters = resolveFilters(ctx, c.req.valid('query'))
      return c.json(countSites(ctx.index.places.allSites, filters), 200)
    })
}
