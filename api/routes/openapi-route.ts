import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { createRouter } from './create-router.ts'
import { defineRoute } from './define-route.ts'

const openApiRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'This OpenAPI 3.1 document, generated from the zod schemas that validate requests',
  responses: {
    200: {
      description: 'OpenAPI document',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
})

/**
 * Serves the OpenAPI 3.1 document of `routes`, built on first request (after this router is
 * mounted on `routes`, so it lists itself too).
 *
 * @example
 * routes.route('/', createOpenApiRoute(routes, '0.1.0'))
 */
// biome-ignore lint/suspicious/noExplicitAny: any OpenAPIHono env/schema can be documented
export function createOpenApiRoute(routes: OpenAPIHono<any, any, any>, version: string) {
  let document: Record<string, unknown> | undefined
  return createRouter().openapi(openApiRoute, (c) => {
    document ??= buildDocument(routes, version)
    return c.json(document, 200)
  })
}

// biome-ignore lint/suspicious/noExplicitAny: see above
function buildDocument(routes: OpenAPIHono<any, any, any>, version: string) {
  return routes.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Tianjin industrial map API',
      version,
      description:
        'Parks, sites and infrastructure of Tianjin from the 2018 New Energy and 2021 Manufacturing plans, with proximity and supply-chain analyses. Every error is `{ error: { status, code, message, parameter?, value?, allowed? } }`.',
    },
    servers: [{ url: '/' }],
  }) as unknown as Record<string, unknown>
}
