import { z } from '@hono/zod-openapi'
import { LocationPrecisionSchema, SiteKindSchema } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { notFound } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { placeEtag } from './curation/place-etag.ts'
import { cursorPage } from './cursor-page.ts'
import { defineRoute } from './define-route.ts'
import { LIST_PARAMS, PLACE_PARAMS, statusParam } from './list-params.ts'
import { enumParam, idParam, optional, patternParam } from './params.ts'
import { matchesFilters } from './place-filters.ts'
import { citedClauses, districtRef, placeSummary } from './resolve-clauses.ts'
import { resolveFilters, resolveHiddenSectors } from './resolve-filters.ts'
import {
  CitedClause,
  DistrictRef,
  PlaceSummary,
  pageSchema,
  SiteFeature,
} from './response-schemas.ts'

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Sites (companies, institutions, projects, platforms) as GeoJSON',
  request: {
    query: z.strictObject({
      ...LIST_PARAMS,
      ...PLACE_PARAMS,
      status: statusParam,
      park: optional(idParam({ description: 'Park id the site lies in' })),
      kind: optional(enumParam(SiteKindSchema, { description: 'Site kind' })),
      precision: optional(
        enumParam(LocationPrecisionSchema, {
          description: 'Location precision (`district`: sites known only by their district)',
        }),
      ),
      hidden_sectors: optional(
        patternParam(/^[a-z0-9-]+(,[a-z0-9-]+){0,49}$/, 'comma-separated sector ids', {
          description:
            'Leaves out the sites whose primary (first) sector is one of these, as the map’s sector switches do',
          example: 'wind,hydrogen',
        }),
      ),
    }),
  },
  responses: {
    200: {
      description: 'Matching sites, sorted by id; `total` counts all matches',
      content: { 'application/json': { schema: pageSchema(SiteFeature, 'SitePage') } },
    },
  },
})

const detailRoute = defineRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One site with its cited clauses, park and district',
  request: { params: z.object({ id: idParam({ description: 'Site id' }) }) },
  responses: {
    200: {
      description: 'The site',
      content: {
        'application/json': {
          schema: z.object({
            feature: SiteFeature,
            clauses: z.array(CitedClause),
            park: PlaceSummary.nullable(),
            district: DistrictRef.nullable(),
          }),
        },
      },
    },
  },
})

/** `/` and `/{id}`, mounted at `/api/sites`. */
export function createSitesRoutes(ctx: ApiContext) {
  const { places, lookup, siteMarkers, siteSearch } = ctx.index
  return createRouter()
    .openapi(listRoute, (c) => {
      const { bbox, limit, offset, cursor, hidden_sectors, ...raw } = c.req.valid('query')
      const { q, ...filters } = resolveFilters(ctx, raw)
      filters.hiddenSectors = resolveHiddenSectors(ctx, hidden_sectors)
      // With a query and no box, the name index answers `q` (the same sites a scan would).
      const candidates = bbox
        ? siteMarkers.tree
            .range(...bbox)
            .sort((a, b) => a - b)
            .map((i) => siteMarkers.items[i])
            .filter((s) => s !== undefined)
        : q
          ? siteSearch.find(q)
          : places.allSites
      const rest = bbox ? { ...filters, q } : filters
      const matches = candidates.filter((s) => matchesFilters(s.properties, rest))
      const page = cursorPage(c, matches, { limit, offset, cursor }, (s) => s.properties.id)
      return c.json(page, 200)
    })
    .openapi(detailRoute, (c) => {
      const { id } = c.req.valid('param')
      const feature = lookup.sites.get(id)
      if (!feature) throw notFound('id', id, 'site')
      c.header('ETag', placeEtag('site', id, ctx.placeVersion('site', id), ctx.dataVersion))
      const parkId = feature.properties.park_id
      const park = parkId === null ? undefined : lookup.parks.get(parkId)
      return c.json(
        {
          feature,
          clauses: citedClauses(ctx, feature.properties.citations),
          park: park ? placeSummary(park) : null,
          district: districtRef(ctx, feature.properties.district_code),
        },
        200,
      )
    })
}
