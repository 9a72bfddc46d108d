import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { catalogueCounts } from './catalogue-counts.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { ChainWithCounts, PlansResponse, SectorWithCounts } from './response-schemas.ts'

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
})

const sectorsRoute = defineRoute({
  method: 'get',
  path: '/sectors',
  summary: 'Sectors with the number of sites and parks the `sector` filter matches',
  responses: json(z.object({ sectors: z.array(SectorWithCounts) }), 'All sectors'),
})

const chainsRoute = defineRoute({
  method: 'get',
  path: '/chains',
  summary: 'Supply chains with their ordered links and provider counts per link',
  responses: json(z.object({ chains: z.array(ChainWithCounts) }), 'All chains'),
})

const plansRoute = defineRoute({
  method: 'get',
  path: '/plans',
  summary: 'The plan documents, their quantitative targets, project batches and unplaced entities',
  responses: json(PlansResponse, 'Plans'),
})

/** `/sectors`, `/chains`, `/plans`, mounted at `/api` (three small catalogues, one module). */
export function createCatalogueRoutes(ctx: ApiContext) {
  const { ds, index } = ctx
  const siteCounts = catalogueCounts(index.places.allSites, index.sectorFilters)
  const parkCounts = catalogueCounts(index.places.allParks, index.sectorFilters)
  const sectors = ds.sectors.map((sector) => ({
    ...sector,
    site_count: siteCounts.bySector.get(sector.id) ?? 0,
    park_count: parkCounts.bySector.get(sector.id) ?? 0,
  }))
  const chains = ds.chains.map((chain) => ({
    ...chain,
    links: chain.links.map((link) => {
      const ref = `${chain.id}/${link.id}`
      return {
        ...link,
        site_count: siteCounts.byChainLink.get(ref) ?? 0,
        park_count: parkCounts.byChainLink.get(ref) ?? 0,
      }
    }),
  }))
  const plans = {
    documents: ds.documents,
    targets: ds.targets,
    project_batches: ds.projectBatches,
    unplaced: ds.unplaced,
  }
  return createRouter()
    .openapi(sectorsRoute, (c) => c.json({ sectors }, 200))
    .openapi(chainsRoute, (c) => c.json({ chains }, 200))
    .openapi(plansRoute, (c) => c.json(plans, 200))
}
