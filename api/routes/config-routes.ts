import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'

const configRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'How this server is set up for the web app: the basemap style, if any',
  description:
    '`basemap_style_url` is the MapLibre style an operator set with `BASEMAP_STYLE_URL` (drawn under the project’s layers), or null: the offline basemap.',
  responses: {
    200: {
      description: 'The run-time settings of the web app',
      content: {
        'application/json': {
          schema: z.object({ basemap_style_url: z.string().nullable() }).openapi('WebConfig'),
        },
      },
    },
  },
})

/** `/`, mounted at `/api/config`. */
export function createConfigRoutes(ctx: ApiContext) {
  const body = { basemap_style_url: ctx.basemapStyleUrl ?? null }
  return createRouter().openapi(configRoute, (c) => c.json(body, 200))
}
