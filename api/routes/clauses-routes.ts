import { z } from '@hono/zod-openapi'
import type { ApiContext } from './api-context.ts'
import { notFound } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'
import { patternParam } from './params.ts'
import { citedClauses, placeSummary } from './resolve-clauses.ts'
import { CitedClause, PlaceSummary } from './response-schemas.ts'

/** Same pattern as `ClauseIdSchema`. */
const CLAUSE_ID = /^(ne18|mfg21)-\d+(?:\.(?:\d+|p\d+))*$/

const clauseRoute = defineRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One clause: its text, document title, sub-clauses and the places that cite it',
  request: {
    params: z.object({
      id: patternParam(CLAUSE_ID, 'a clause id like "ne18-3.4.2" or "mfg21-2.2.p2"', {
        description: 'Clause id',
        example: 'ne18-2.2.1',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The clause',
      content: {
        'application/json': {
          schema: CitedClause.extend({
            children: z.array(z.string()),
            cited_by: z.object({ parks: z.array(PlaceSummary), sites: z.array(PlaceSummary) }),
          }),
        },
      },
    },
  },
})

/** `/{id}`, mounted at `/api/clauses`. */
export function createClausesRoutes(ctx: ApiContext) {
  const { places, lookup } = ctx.index
  return createRouter().openapi(clauseRoute, (c) => {
    const { id } = c.req.valid('param')
    const clause = citedClauses(ctx, [id])[0]
    if (!clause) throw notFound('id', id, 'clause')
    const cites = (p: { properties: { citations: string[] } }) =>
      p.properties.citations.includes(id)
    return c.json(
      {
        ...clause,
        children: lookup.clauseChildren.get(id) ?? [],
        cited_by: {
          parks: places.allParks.filter(cites).map(placeSummary),
          sites: places.allSites.filter(cites).map(placeSummary),
        },
      },
      200,
    )
  })
}
