import { z } from '@hono/zod-openapi'
import { featuresInBbox } from '../analysis/box-index.ts'
import { parkFamily } from '../analysis/park-location.ts'
import { ParkKindSchema } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { notFound } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { placeEtag } from './curation/place-etag.ts'
import { cursorPage } from './cursor-page.ts'
import { defineRoute } from './define-route.ts'
import { LIST_PARAMS, PLACE_PARAMS } from './list-params.ts'
import { enumParam, idParam, optional } from './params.ts'
import { matchesFilters } from './place-filters.ts'
import { citedClauses, districtRef, placeSummary } from './resolve-clauses.ts'
import { resolveFilters } from './resolve-filters.ts'
import {
  CitedClause,
  DistrictRef,
  ParkFeature,
  PlaceSummary,
  pageSchema,
} from './response-schemas.ts'

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Industrial parks, bases and zones as GeoJSON polygons',
  description:
    '`bbox` keeps parks whose outline or point lies in the given box; a park whose extent is not drawn (`geometry: null`: only its district is known, or it is a zone of parts or lies in its parent) has no box and is left out. `extent` says what the geometry is; `area_km2` is given only for a citable outline of the whole park.',
  request: {
    query: z.strictObject({
      ...LIST_PARAMS,
      ...PLACE_PARAMS,
      kind: optional(enumParam(ParkKindSchema, { description: 'Park kind' })),
    }),
  },
  responses: {
    200: {
      description: 'Matching parks, sorted by id; `total` counts all matches',
      content: { 'application/json': { schema: pageSchema(ParkFeature, 'ParkPage') } },
    },
  },
})

const detailRoute = defineRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One park with its cited clauses, its sites and district',
  request: { params: z.object({ id: idParam({ description: 'Park id', example: 'teda' }) }) },
  responses: {
    200: {
      description: 'The park',
      content: {
        'application/json': {
          schema: z.object({
            feature: ParkFeature,
            clauses: z.array(CitedClause),
            /** Sites whose park is this one or one of its parts. */
            sites: z.array(PlaceSummary),
            parent: PlaceSummary.nullable(),
            parts: z.array(PlaceSummary),
            district: DistrictRef.nullable(),
          }),
        },
      },
    },
  },
})

/** `/` and `/{id}`, mounted at `/api/parks`. */
export function createParksRoutes(ctx: ApiContext) {
  const { lookup, places, parkBoxes } = ctx.index
  return createRouter()
    .openapi(listRoute, (c) => {
      const { bbox, limit, offset, cursor, ...raw } = c.req.valid('query')
      const filters = resolveFilters(ctx, raw)
      const candidates = bbox ? featuresInBbox(parkBoxes, bbox) : places.allParks
      const matches = candidates.filter((p) => matchesFilters(p.properties, filters))
      const page = cursorPage(c, matches, { limit, offset, cursor }, (p) => p.properties.id)
      return c.json(page, 200)
    })
    .openapi(detailRoute, (c) => {
      const { id } = c.req.valid('param')
      const feature = lookup.parks.get(id)
      if (!feature) throw notFound('id', id, 'park')
      c.header('ETag', placeEtag('park', id, ctx.placeVersion('park', id), ctx.dataVersion))
      const family = parkFamily(id, places.allParks)
      const sites = places.allSites.filter((s) => family.has(s.properties.park_id ?? ''))
      const parentId = feature.properties.parent_park_id
      const parent = parentId ? lookup.parks.get(parentId) : undefined
      const parts = places.allParks.filter((p) => p.properties.parent_park_id === id)
      return c.json(
        {
          feature,
          clauses: citedClauses(ctx, feature.properties.citations),
          sites: sites.map(placeSummary),
          parent: parent ? placeSummary(parent) : null,
          parts: parts.map(placeSummary),
          district: districtRef(ctx, feature.properties.district_code),
        },
        200,
      )
    })
}
