import { z } from '@hono/zod-openapi'
import { TourSchema } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { component } from './response-schemas.ts'

const Tour = component(TourSchema, 'Tour')

const toursRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Guided tours through the plans: bilingual titles and captions, stops naming places',
  description:
    'From `geodata/tours.json`, in menu order. Each stop flies to a park or site (`place`), stands for a sector or chain (`subject`) and quotes its clause word for word (`quote_zh` in `clause_id`); `check:data` checks every reference.',
  responses: {
    200: {
      description: 'All tours',
      content: { 'application/json': { schema: z.object({ tours: z.array(Tour) }) } },
    },
  },
})

/** `/`, mounted at `/api/tours`. */
export function createToursRoutes(ctx: ApiContext) {
  const tours = ctx.ds.tours
  return createRouter().openapi(toursRoute, (c) => c.json({ tours }, 200))
}
