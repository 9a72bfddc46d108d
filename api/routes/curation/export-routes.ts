import { z } from '@hono/zod-openapi'
import type { ApiContext } from '../api-context.ts'
import { createRouter } from '../create-router.ts'
import { defineRoute } from '../define-route.ts'
import { enumParam, optional } from '../params.ts'
import { LooseFeatureCollection } from '../response-schemas.ts'

const exportRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Download the places as published now (shipped data plus edits) as GeoJSON',
  description:
    '`layer=sites` or `layer=parks`: that layer exactly as `geodata/<layer>.geojson` would hold it (what `npm run data:export` writes; it passes check:data). Without `layer`: parks then sites in one collection, each feature with the foreign member `layer`.',
  request: {
    query: z.strictObject({
      layer: optional(
        enumParam(z.enum(['sites', 'parks']), { description: 'One layer, as its geodata file' }),
      ),
    }),
  },
  responses: {
    200: {
      description: 'GeoJSON FeatureCollection (RFC 7946, WGS84)',
      content: { 'application/geo+json': { schema: LooseFeatureCollection } },
    },
  },
})

/** `GET /`, mounted at `/api/export.geojson` (public, like the map). */
export function createExportRoutes(ctx: ApiContext) {
  return createRouter().openapi(exportRoute, (c) => {
    const { layer } = c.req.valid('query')
    const { sites, parks } = ctx.ds
    const features = layer
      ? layer === 'sites'
        ? sites
        : parks
      : [
          ...parks.map((f) => ({ ...f, layer: 'parks' })),
          ...sites.map((f) => ({ ...f, layer: 'sites' })),
        ]
    const file = layer ? `${layer}.geojson` : 'tianjin-places.geojson'
    const collection = { type: 'FeatureCollection' as const, features }
    return c.json(collection as unknown as z.infer<typeof LooseFeatureCollection>, 200, {
      'content-type': 'application/geo+json',
      'content-disposition': `attachment; filename="${file}"`,
    })
  })
}
