import { z } from '@hono/zod-openapi'
import { featuresInBbox } from '../analysis/box-index.ts'
import type { ApiContext } from './api-context.ts'
import { notFound } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { cursorPage } from './cursor-page.ts'
import { defineRoute } from './define-route.ts'
import { clausesNamingDistrict } from './district-clauses.ts'
import { districtParam, LIST_PARAMS } from './list-params.ts'
import { matchesFilters } from './place-filters.ts'
import { citedClauses, placeSummary } from './resolve-clauses.ts'
import { resolveFilters } from './resolve-filters.ts'
import { CitedClause, DistrictFeature, PlaceSummary, pageSchema } from './response-schemas.ts'

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'The 16 districts of Tianjin as GeoJSON polygons',
  description: '`bbox` keeps districts whose bounding box intersects the given box.',
  request: { query: z.strictObject(LIST_PARAMS) },
  responses: {
    200: {
      description: 'Matching districts, by code; `total` counts all matches',
      content: { 'application/json': { schema: pageSchema(DistrictFeature, 'DistrictPage') } },
    },
  },
})

const detailRoute = defineRoute({
  method: 'get',
  path: '/{code}',
  summary: 'One district with the parks and sites in it and the plan clauses that name it',
  request: { params: z.object({ code: districtParam }) },
  responses: {
    200: {
      description: 'The district',
      content: {
        'application/json': {
          schema: z.object({
            feature: DistrictFeature,
            parks: z.array(PlaceSummary),
            sites: z.array(PlaceSummary),
            clauses: z.array(CitedClause),
          }),
        },
      },
    },
  },
})

/** `/` and `/{code}`, mounted at `/api/districts`. */
export function createDistrictsRoutes(ctx: ApiContext) {
  const { lookup, places } = ctx.index
  const districts = [...places.districts.items]
  return createRouter()
    .openapi(listRoute, (c) => {
      const { bbox, limit, offset, cursor, ...raw } = c.req.valid('query')
      const filters = resolveFilters(ctx, raw)
      const candidates = bbox ? featuresInBbox(places.districts, bbox) : districts
      const matches = candidates
        .filter((d) => matchesFilters(d.properties, filters))
        .sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1))
      const page = cursorPage(c, matches, { limit, offset, cursor }, (d) => d.properties.code)
      return c.json(page, 200)
    })
    .openapi(detailRoute, (c) => {
      const { code } = c.req.valid('param')
      const feature = lookup.districts.get(code)
      if (!feature) throw notFound('code', code, 'district')
      const inDistrict = (p: { properties: { district_code: string } }) =>
        p.properties.district_code === code
      return c.json(
        {
          feature,
          parks: places.allParks.filter(inDistrict).map(placeSummary),
          sites: places.allSites.filter(inDistrict).map(placeSummary),
          clauses: citedClauses(
            ctx,
            clausesNamingDistrict(ctx.ds.clauses, ctx.ds.texts, feature.properties.name_zh),
          ),
        },
        200,
      )
    })
}
