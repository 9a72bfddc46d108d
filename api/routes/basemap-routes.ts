import { z } from '@hono/zod-openapi'
import { BASEMAP_LAYERS } from '../data/data-files.ts'
import type { ApiContext } from './api-context.ts'
import { notFound } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { enumParam } from './params.ts'
import { LooseFeatureCollection } from './response-schemas.ts'

/** Basemap context layers the web's offline basemap draws. */
export const BasemapLayerSchema = z.enum(BASEMAP_LAYERS)

const basemapRoute = defineRoute({
  method: 'get',
  path: '/{layer}',
  summary:
    'A basemap context layer (outline, coastline, sea, neighbours, haihe, region land and sea, context) as GeoJSON',
  request: {
    params: z.object({ layer: enumParam(BasemapLayerSchema, { description: 'Layer name' }) }),
  },
  responses: {
    200: {
      description: 'The layer, as in geodata/<layer>.geojson',
      content: { 'application/json': { schema: LooseFeatureCollection } },
    },
  },
})

/** `/{layer}`, mounted at `/api/basemap`. */
export function createBasemapRoutes(ctx: ApiContext) {
  return createRouter().openapi(basemapRoute, (c) => {
    const { layer } = c.req.valid('param')
    const collection = ctx.ds.basemap[layer]
    if (!collection) throw notFound('layer', layer, 'basemap layer')
    c.header('Cache-Control', 'public, max-age=86400')
    return c.json(collection as unknown as z.infer<typeof LooseFeatureCollection>, 200)
  })
}
