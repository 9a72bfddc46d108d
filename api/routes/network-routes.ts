import { z } from '@hono/zod-openapi'
import { chainCompleteness } from '../analysis/chain-completeness.ts'
import { placeAnchor } from '../analysis/place-anchor.ts'
import { sectorClusters } from '../analysis/sector-clusters.ts'
import { ChainCompletenessResultSchema, SectorClustersResultSchema } from '../domain/index.ts'
import { latParam, lngParam, radiusParam } from './analysis-params.ts'
import type { ApiContext } from './api-context.ts'
import { ApiHttpError, badParameter } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { idParam, integerParam, optional, positiveParam, withDefault } from './params.ts'
import { requireSector } from './resolve-filters.ts'
import { component } from './response-schemas.ts'

const clustersRoute = defineRoute({
  method: 'get',
  path: '/clusters',
  summary: 'DBSCAN clusters of the sites of a sector, as convex hulls',
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
  description:
    'Give either `park` (measured from its centroid) or `lng` and `lat`. score = present_links / total_links.',
  request: {
    query: z.strictObject({
      chain: idParam({ description: 'Chain id', example: 'li-battery' }),
      park: optional(idParam({ description: 'Park id (instead of lng/lat)', example: 'teda' })),
      lng: optional(lngParam),
      lat: optional(latParam),
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
      return c.json(sectorClusters(places.sites.items, filter, eps_km, min_points), 200)
    })
    .openapi(chainRoute, (c) => {
      const { chain: chainId, park: parkId, lng, lat, radius_km } = c.req.valid('query')
      const chain = lookup.chains.get(chainId)
      if (!chain) {
        const allowed = [...lookup.chains.keys()].sort()
        throw badParameter('chain', chainId, allowed, `unknown chain "${chainId}"`)
      }
      if (parkId !== undefined) {
        if (lng !== undefined || lat !== undefined) {
          const message = 'give either park or lng and lat, not both'
          throw new ApiHttpError(400, 'invalid_parameter', message, {
            parameter: 'park',
            value: parkId,
            allowed: 'park alone, or lng and lat',
          })
        }
        const park = lookup.parks.get(parkId)
        if (!park) {
          const allowed = [...lookup.parks.keys()].sort()
          throw badParameter('park', parkId, allowed, `unknown park "${parkId}"`)
        }
        const center = placeAnchor(park)
        return c.json(chainCompleteness(places, chain, center, radius_km, parkId), 200)
      }
      if (lng === undefined || lat === undefined) {
        const missing = lng === undefined ? 'lng' : 'lat'
        throw badParameter(missing, null, 'park, or both lng and lat', `${missing} is required`)
      }
      return c.json(chainCompleteness(places, chain, [lng, lat], radius_km), 200)
    })
}
