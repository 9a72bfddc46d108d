import { createRoute, type RouteConfig, z } from '@hono/zod-openapi'
import { ApiErrorSchema } from '../domain/index.ts'
import { component } from './response-schemas.ts'

type ObjectSchema = z.ZodObject<z.ZodRawShape>

const querySchemas = new Map<string, ObjectSchema>()
const paramSchemas = new Map<string, ObjectSchema>()
const okSchemas = new Map<string, z.ZodType>()

/**
 * The registered schemas of a route, by its Hono path (e.g. `/api/parks/:id`): query and path
 * parameters, and the JSON body of its 200 response.
 */
export function routeSchemas(honoPath: string) {
  return {
    query: querySchemas.get(honoPath),
    params: paramSchemas.get(honoPath),
    ok: okSchemas.get(honoPath),
  }
}

export const ApiErrorResponseSchema = component(ApiErrorSchema, 'ApiError')

const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorResponseSchema } },
})

/** The error responses every route documents (one error shape for all). */
export const ERROR_RESPONSES = {
  400: errorContent('Invalid parameter: names the parameter, the value given and what is allowed'),
  404: errorContent('Unknown id'),
  500: errorContent('Internal error'),
} as const

/**
 * `createRoute` plus: the standard error responses, and registration of the route's query and
 * path schemas so the validation hook can say which parameters are allowed.
 *
 * @example
 * const route = defineRoute({ method: 'get', path: '/api/sectors', responses: { 200: … } })
 */
export function defineRoute<const R extends RouteConfig>(config: R) {
  const route = createRoute({ ...config, responses: { ...ERROR_RESPONSES, ...config.responses } })
  const honoPath = config.path.replaceAll(/\{([^}]+)\}/g, ':$1')
  const query = config.request?.query
  const params = config.request?.params
  if (query instanceof z.ZodObject) querySchemas.set(honoPath, query as ObjectSchema)
  if (params instanceof z.ZodObject) paramSchemas.set(honoPath, params as ObjectSchema)
  const ok = (
    config.responses[200] as { content?: Record<string, { schema?: unknown }> } | undefined
  )?.content?.['application/json']?.schema
  if (ok instanceof z.ZodType) okSchemas.set(honoPath, ok)
  return route
}
