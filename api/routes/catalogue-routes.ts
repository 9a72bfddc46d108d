import { z } from '@hono/zod-openapi'
import { matchesSector } from '../analysis/sector-filter.ts'
import type { ApiContext } from './api-context.ts'
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
  const sites = index.places.allSites
  const parks = index.places.allParks
  const sectors = ds.sectors.map((sector) => {
    const filter = index.sectorFilters.get(sector.id)
    const count = (items: readonly { properties: { sectors: string[] } }[]) =>
      items.filter((p) => matchesSector(p.properties.sectors, filter)).length
    return { ...sector, site_count: count(sites), park_count: count(parks) }
  })
  const chains = ds.chains.map((chain) => ({
    ...chain,
    links: chain.links.map((link) => {
      const ref = `${chain.id}/${link.id}`
      const count = (items: readonly { properties: { chain_links: string[] } }[]) =>
        items.filter((p) => p.properties.chain_links.includes(ref)).length
      return { ...link, site_count: count(sites), park_count: count(parks) }
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
