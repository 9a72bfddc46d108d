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
import { resolveSubject, SUBJECT_DESCRIPTION, SUBJECT_PARAMS } from './subject-param.ts'

const ok = <S extends z.ZodType>(schema: S, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
})

const withinRoute = defineRoute({
  method: 'get',
  path: '/within',
  summary:
    'Located sites and parks within radius_km of a point, nearest first; district-level places of the districts it touches apart',
  description:
    "Every item carries `location_precision`. Distances are great-circle km (@turf/distance) to places located better than their district; a park is measured to its anchor (a point park's point, an outline's @turf/centroid, a park inside another its parent's). Inclusive: distance_km ≤ radius_km. Ties: parks first, then by id. Places known only to their district are never measured: those of the districts the radius touches are listed in `district_level` with `distance_km: null`, counted apart from `total`.",
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
  summary:
    'The k located sites nearest to a point (of a sector when given); district-level sites of its district apart',
  description:
    'Sites known only to their district are not ranked: those of the point\'s district are listed in `district_level` ("same district, distance unknown", `distance_km: null`).',
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
  summary:
    'Distances from a point or a park to Tianjin Port, the airport, the nearest rail station and located park',
  description: SUBJECT_DESCRIPTION,
  request: { query: z.strictObject({ ...SUBJECT_PARAMS, sector: sectorParam }) },
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
      const { park, lng, lat, sector } = c.req.valid('query')
      const subject = resolveSubject(ctx, { park, lng, lat })
      return c.json(accessDistances(access, subject, sectorOf(sector)), 200)
    })
}
