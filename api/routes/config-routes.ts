import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'

const configRoute = defineRoute({
  method: 'get',
  path: '/',
  summary:
    'How this server is set up for the web app: the basemap style, if any; how sites reach the map',
  description:
    '`basemap_style_url` is the MapLibre style an operator set with `BASEMAP_STYLE_URL` (drawn under the project’s layers), or null: the offline basemap. `site_count` is the number of sites; `site_tiles` is true when there are more than 10,000, and the map then draws them from `/api/tiles/sites/{z}/{x}/{y}.mvt` instead of loading them all.',
  responses: {
    200: {
      description: 'The run-time settings of the web app',
      content: {
        'application/json': {
          schema: z
            .object({
              basemap_style_url: z.string().nullable(),
              site_count: z.number().int().nonnegative(),
              site_tiles: z.boolean(),
            })
            .openapi('WebConfig'),
        },
      },
    },
  },
})

/**
 * Above this many sites the map draws them from vector tiles: the whole list (~900 bytes a
 * site) stops being a reasonable download and a GeoJSON source to cluster in the browser, and
 * it is the largest page a list route returns. Below it the map keeps the GeoJSON source, whose
 * client-side filters, counts and fanned-out clusters need every site at hand.
 */
export const SITE_TILES_ABOVE = 10_000

/** `/`, mounted at `/api/config`. */
export function createConfigRoutes(ctx: ApiContext) {
  const siteCount = ctx.ds.sites.length
  const body = {
    basemap_style_url: ctx.basemapStyleUrl ?? null,
    site_count: siteCount,
    site_tiles: siteCount > SITE_TILES_ABOVE,
  }
  return createRouter().openapi(configRoute, (c) => c.json(body, 200))
}
