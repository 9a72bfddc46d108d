import type { Context, Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { type ApiErrorStatus, ApiHttpError, clipValue } from './api-http-error.ts'

/** What Hono's own middleware throws (body parsing, size limit), in the API's words. */
const HTTP_EXCEPTIONS: Partial<Record<number, [ApiErrorStatus, ApiHttpError['code'], string]>> = {
  413: [413, 'payload_too_large', 'the request body is too large'],
  415: [415, 'unsupported_media_type', 'send the body as application/json'],
}

/** The JSON error answer of any error thrown while handling a request. */
export function apiErrorResponse(err: Error, c: Context): Response {
  if (err instanceof ApiHttpError) return c.json(err.toBody(), err.status)
  if (err instanceof HTTPException && err.status < 500) {
    const [status, code, message] = HTTP_EXCEPTIONS[err.status] ?? [
      400,
      c.req.method === 'GET' || c.req.method === 'HEAD' ? 'invalid_parameter' : 'invalid_body',
      err.message || 'bad request',
    ]
    return c.json(new ApiHttpError(status, code, message).toBody(), status)
  }
  console.error(`500 on ${c.req.method} ${c.req.path}:`, err)
  const error = new ApiHttpError(500, 'internal_error', 'internal error; see server log')
  return c.json(error.toBody(), 500)
}

/** The 404 (or 405 for a method no `/api` route takes) of a request no route matched. */
export function apiNotFound(c: Context): Response {
  const path = c.req.path
  const method = c.req.method
  if (method !== 'GET' && method !== 'HEAD') {
    const error = new ApiHttpError(405, 'method_not_allowed', `${method} is not allowed here`, {
      value: clipValue(method),
      allowed: ['GET', 'HEAD', 'OPTIONS'],
    })
    c.header('Allow', 'GET, HEAD, OPTIONS')
    return c.json(error.toBody(), 405)
  }
  const message = `no route for ${method} ${clipValue(path)}`
  const error = new ApiHttpError(404, 'route_not_found', message, { value: clipValue(path) })
  return c.json(error.toBody(), 404)
}

/** Installs `apiErrorResponse` and `apiNotFound` on an app. */
// biome-ignore lint/suspicious/noExplicitAny: any Hono env/schema
export function withApiErrors<A extends Hono<any, any, any>>(app: A): A {
  app.onError(apiErrorResponse)
  app.notFound(apiNotFound)
  return app
}
