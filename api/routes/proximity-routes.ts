import { z } from '@hono/zod-openapi'
import { accessDistances } from '../analysis/access-distances.ts'
import { nearestBySector } from '../analysis/nearest-by-sector.ts'
import { sitesWithinRadius } from '../analysis/sites-within-radius.ts'
import { AccessResultSchema, NearestResultSchema, WithinResultSchema } from '../domain/index.ts'
import { kindParam, latParam, lngParam, radiusParam, sectorParam } from './analysis-params.ts'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { integerParam, withDefault } from './params.ts'
import { requireSector } from './resolve-filters.ts'
import { component } from './response-schemas.ts'

const ok = <S extends z.ZodType>(schema: S, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
})

const withinRoute = defineRoute({
  method: 'get',
  path: '/within',
  summary: 'Sites and parks within radius_km of a point, nearest first, with a per-sector summary',
  description:
    'Distances are great-circle km (@turf/distance). A park is measured to its anchor, the @turf/centroid of its polygon. Inclusive: distance_km ≤ radius_km. Ties: parks first, then by id.',
  request: {
    query: z.strictObject({
      lng: lngParam,
      lat: latParam,
      radius_km: radiusParam,
      sector: sectorParam,
      kind: kindParam,
    }),
  },
  responses: ok(component(WithinResultSchema, 'WithinResult'), 'Places within the radius'),
})

const nearestRoute = defineRoute({
  method: 'get',
  path: '/nearest',
  summary: 'The k sites nearest to a point (of a sector when given)',
  request: {
    query: z.strictObject({
      lng: lngParam,
      lat: latParam,
      sector: sectorParam,
      k: withDefault(integerParam(1, 1000, { description: 'Number of sites (default 5)' }), 5),
    }),
  },
  responses: ok(component(NearestResultSchema, 'NearestResult'), 'Nearest sites, nearest first'),
})

const accessRoute = defineRoute({
  method: 'get',
  path: '/access',
  summary: 'Distances from a point to Tianjin Port, the airport, the nearest rail station and park',
  request: { query: z.strictObject({ lng: lngParam, lat: latParam, sector: sectorParam }) },
  responses: ok(component(AccessResultSchema, 'AccessResult'), 'Access distances'),
})

/** `/within`, `/nearest` and `/access`, mounted at `/api/analysis`. */
export function createProximityRoutes(ctx: ApiContext) {
  const { places, access } = ctx.index
  const sectorOf = (id: string | undefined) => (id === undefined ? null : requireSector(ctx, id))
  return createRouter()
    .openapi(withinRoute, (c) => {
      const { lng, lat, radius_km, sector, kind } = c.req.valid('query')
      const options = { sector: sectorOf(sector), kind: kind ?? null }
      return c.json(sitesWithinRadius(places, [lng, lat], radius_km, options), 200)
    })
    .openapi(nearestRoute, (c) => {
      const { lng, lat, sector, k } = c.req.valid('query')
      return c.json(nearestBySector(places, [lng, lat], k, sectorOf(sector)), 200)
    })
    .openapi(accessRoute, (c) => {
      const { lng, lat, sector } = c.req.valid('query')
      return c.json(accessDistances(access, [lng, lat], sectorOf(sector)), 200)
    })
}
