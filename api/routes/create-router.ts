import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from './validation-hook.ts'

/**
 * A fresh `OpenAPIHono` router whose failed validations become the API's 400 error shape.
 *
 * @example
 * const sectors = createRouter().openapi(sectorsRoute, (c) => c.json({ sectors: [] }, 200))
 */
export function createRouter() {
  return new OpenAPIHono({ defaultHook: validationHook })
}
