import { z } from '@hono/zod-openapi'
import { featuresInBbox } from '../analysis/box-index.ts'
import { InfrastructureKindSchema } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { cursorPage } from './cursor-page.ts'
import { defineRoute } from './define-route.ts'
import { districtParam, LIST_PARAMS } from './list-params.ts'
import { enumParam, optional } from './params.ts'
import { matchesFilters } from './place-filters.ts'
import { resolveFilters } from './resolve-filters.ts'
import { InfrastructureFeature, pageSchema } from './response-schemas.ts'

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Port, port areas, airport and rail stations as GeoJSON',
  request: {
    query: z.strictObject({
      ...LIST_PARAMS,
      district: optional(districtParam),
      kind: optional(enumParam(InfrastructureKindSchema, { description: 'Infrastructure kind' })),
    }),
  },
  responses: {
    200: {
      description: 'Matching infrastructure, sorted by id; `total` counts all matches',
      content: {
        'application/json': { schema: pageSchema(InfrastructureFeature, 'InfrastructurePage') },
      },
    },
  },
})

/** `/`, mounted at `/api/infrastructure`. */
export function createInfrastructureRoutes(ctx: ApiContext) {
  const boxes = ctx.index.infrastructureBoxes
  return createRouter().openapi(listRoute, (c) => {
    const { bbox, limit, offset, cursor, ...raw } = c.req.valid('query')
    const filters = resolveFilters(ctx, raw)
    const candidates = bbox ? featuresInBbox(boxes, bbox) : boxes.items
    const matches = candidates.filter((f) => matchesFilters(f.properties, filters))
    const page = cursorPage(c, matches, { limit, offset, cursor }, (f) => f.properties.id)
    return c.json(page, 200)
  })
}
