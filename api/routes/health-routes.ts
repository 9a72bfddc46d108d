import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { CountsSchema } from './stats-routes.ts'

const healthRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Liveness: version, record counts and when the data was loaded',
  responses: {
    200: {
      description: 'The server is up and serving validated data',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('ok'),
            version: z.string(),
            counts: CountsSchema,
            data_loaded_at: z.string().openapi({ format: 'date-time' }),
            data_version: z.string().openapi({
              description: 'Content hash of the served data; changes whenever the data does',
            }),
            site_search_index: z
              .object({
                built: z.boolean(),
                building: z.boolean().openapi({
                  description: 'True while it is being built in the background',
                }),
                build_ms: z.number().int().nonnegative().nullable().openapi({
                  description: 'Milliseconds spent building it (without the pauses for requests)',
                }),
              })
              .openapi({
                description:
                  'The index `q` searches site names with: built in the background once the server listens (or by a search that comes first), not during start-up',
              }),
          }),
        },
      },
    },
  },
})

/** `/`, mounted at `/api/health` (never cached). */
export function createHealthRoutes(ctx: ApiContext, counts: z.infer<typeof CountsSchema>) {
  const loadedAt = ctx.loadedAt.toISOString()
  return createRouter().openapi(healthRoute, (c) => {
    c.header('Cache-Control', 'no-store')
    const body = { status: 'ok' as const, version: ctx.version, counts, data_loaded_at: loadedAt }
    const site_search_index = ctx.index.siteSearch.state()
    return c.json({ ...body, data_version: ctx.dataVersion, site_search_index }, 200)
  })
}
