import { createRoute, type OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi'
import { ApiErrorSchema } from '../domain/index.ts'
import { component } from './response-schemas.ts'

type ObjectSchema = z.ZodObject<z.ZodRawShape>
interface RouteSchemas {
  query?: ObjectSchema
  params?: ObjectSchema
  ok?: z.ZodType
}

const registered = new Map<string, RouteSchemas>()

/**
 * The schemas of a mounted route, by its full Hono path (e.g. `/api/parks/:id`) and method
 * (default GET): query and path parameters, and the JSON body of its 200 response (see
 * `registerRouteSchemas`).
 */
export function routeSchemas(honoPath: string, method = 'GET'): RouteSchemas {
  return registered.get(`${method.toUpperCase()} ${honoPath}`) ?? {}
}

/**
 * Records the schemas of every route of `app` under its full path, once the sub-apps are
 * mounted at their prefixes, so the validation hook (which sees `c.req.routePath`) can say
 * which parameters a route takes and what each allows.
 *
 * @example
 * registerRouteSchemas(createRouter().route('/api/parks', parks))
 */
// biome-ignore lint/suspicious/noExplicitAny: any OpenAPIHono env/schema can be registered
export function registerRouteSchemas(app: OpenAPIHono<any, any, any>): void {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue
    const { method, path, request, responses } = definition.route
    const ok = (responses[200] as { content?: Record<string, { schema?: unknown }> } | undefined)
      ?.content?.['application/json']?.schema
    registered.set(`${method.toUpperCase()} ${path.replaceAll(/\{([^}]+)\}/g, ':$1')}`, {
      query: request?.query instanceof z.ZodObject ? (request.query as ObjectSchema) : undefined,
      params: request?.params instanceof z.ZodObject ? (request.params as ObjectSchema) : undefined,
      ok: ok instanceof z.ZodType ? ok : undefined,
    })
  }
}

export const ApiErrorResponseSchema = component(ApiErrorSchema, 'ApiError')

/** An error response in the one error shape, for a route's `responses`. */
export const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorResponseSchema } },
})

/** The error responses every route documents (one error shape for all). */
export const ERROR_RESPONSES = {
  400: errorContent('Invalid parameter: names the parameter, the value given and what is allowed'),
  404: errorContent('Unknown id'),
  500: errorContent('Internal error'),
} as const

/** The query of a route that takes none: any parameter is an `unknown_parameter` 400. */
const NO_QUERY = z.strictObject({})

/**
 * `createRoute` plus the standard error responses, and a strict empty query for a route that
 * declares none (so an unknown parameter is a 400 on every route, not only on those with a
 * query schema).
 *
 * @example
 * const route = defineRoute({ method: 'get', path: '/', responses: { 200: … } })
 */
export function defineRoute<const R extends RouteConfig>(config: R) {
  const route = createRoute({ ...config, responses: { ...ERROR_RESPONSES, ...config.responses } })
  // at run time only: the route's type keeps "no query", so the typed client takes none
  if (!config.request?.query)
    (route as RouteConfig).request = { ...config.request, query: NO_QUERY }
  return route
}
