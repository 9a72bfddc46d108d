import { z } from '@hono/zod-openapi'
import { chainCompleteness } from '../analysis/chain-completeness.ts'
import { sectorClusters } from '../analysis/sector-clusters.ts'
import { ChainCompletenessResultSchema, SectorClustersResultSchema } from '../domain/index.ts'
import { radiusParam } from './analysis-params.ts'
import type { ApiContext } from './api-context.ts'
import { badParameter } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { idParam, integerParam, positiveParam, withDefault } from './params.ts'
import { requireSector } from './resolve-filters.ts'
import { component } from './response-schemas.ts'
import { resolveSubject, SUBJECT_DESCRIPTION, SUBJECT_PARAMS } from './subject-param.ts'

const clustersRoute = defineRoute({
  method: 'get',
  path: '/clusters',
  summary: 'DBSCAN clusters of the located sites of a sector, as convex hulls',
  description:
    'Only sites located better than their district are clustered; the district-level sites of the sector are left out and listed in `district_level` (no position to cluster).',
  request: {
    query: z.strictObject({
      sector: idParam({ description: 'Sector id (matches its sub-sectors too)', example: 'wind' }),
      eps_km: withDefault(positiveParam(100, { description: 'DBSCAN radius, km (default 5)' }), 5),
      min_points: withDefault(
        integerParam(1, 1000, { description: 'Minimum neighbourhood size (default 3)' }),
        3,
      ),
    }),
  },
  responses: {
    200: {
      description: 'Cluster hulls as a FeatureCollection',
      content: {
        'application/json': { schema: component(SectorClustersResultSchema, 'ClustersResult') },
      },
    },
  },
})

const chainRoute = defineRoute({
  method: 'get',
  path: '/chain-completeness',
  summary: 'Which links of a chain have a provider within radius_km of a park or a point',
  description: `A link is present when a located provider lies within radius_km of a subject centre (\`providers\`), or for a park when a member of the park or of its parts provides it (\`members\`, "in this park", distance_km null). District-level providers in the subject's districts are listed in \`same_district\` and never count. Chain equivalences (seeds/extracted/chain-equivalences.json) let another chain's link satisfy a link (\`via\`). score = present_links / total_links. ${SUBJECT_DESCRIPTION}`,
  request: {
    query: z.strictObject({
      chain: idParam({ description: 'Chain id', example: 'li-battery' }),
      ...SUBJECT_PARAMS,
      radius_km: withDefault(radiusParam, 10),
    }),
  },
  responses: {
    200: {
      description: 'Link-by-link completeness',
      content: {
        'application/json': {
          schema: component(ChainCompletenessResultSchema, 'ChainCompletenessResult'),
        },
      },
    },
  },
})

/** `/clusters` and `/chain-completeness`, mounted at `/api/analysis`. */
export function createNetworkRoutes(ctx: ApiContext) {
  const { places, lookup } = ctx.index
  return createRouter()
    .openapi(clustersRoute, (c) => {
      const { sector, eps_km, min_points } = c.req.valid('query')
      const filter = requireSector(ctx, sector)
      return c.json(sectorClusters(places, filter, eps_km, min_points), 200)
    })
    .openapi(chainRoute, (c) => {
      const { chain: chainId, park, lng, lat, radius_km } = c.req.valid('query')
      const chain = lookup.chains.get(chainId)
      if (!chain) {
        const allowed = [...lookup.chains.keys()].sort()
        throw badParameter('chain', chainId, allowed, `unknown chain "${chainId}"`)
      }
      const subject = resolveSubject(ctx, { park, lng, lat })
      const equivalences = ctx.ds.chainEquivalences
      return c.json(chainCompleteness(places, chain, subject, radius_km, equivalences), 200)
    })
}
