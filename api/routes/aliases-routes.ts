import { z } from '@hono/zod-openapi'
import { AliasSchema } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { component } from './response-schemas.ts'

const Alias = component(AliasSchema, 'Alias')

const aliasesRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Other names of places (short forms, former names, abbreviations), for search',
  description:
    'From `geodata/aliases.json`: each entry names a district, park, site or infrastructure feature and the Chinese and English forms people search it by (e.g. TEDA, 泰达; 塘沽).',
  responses: {
    200: {
      description: 'All aliases',
      content: { 'application/json': { schema: z.object({ aliases: z.array(Alias) }) } },
    },
  },
})

/** `/`, mounted at `/api/aliases`. */
export function createAliasesRoutes(ctx: ApiContext) {
  const aliases = ctx.ds.aliases
  return createRouter().openapi(aliasesRoute, (c) => c.json({ aliases }, 200))
}
