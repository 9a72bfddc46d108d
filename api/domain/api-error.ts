import { z } from 'zod'

/** Machine-readable error codes of the API. */
export const ApiErrorCodeSchema = z.enum([
  'invalid_parameter',
  'unknown_parameter',
  'not_found',
  'route_not_found',
  'method_not_allowed',
  'internal_error',
  // answered below the app, by the Node server (see api/server/below-hono-errors.ts)
  'malformed_request',
  'headers_too_large',
  'request_timeout',
])
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>

/**
 * The one error shape of every 4xx/5xx response:
 * `{ error: { status, code, message, parameter?, value?, allowed? } }`.
 * `parameter` names the offending query/path parameter, `value` echoes what was given
 * (long strings truncated), `allowed` says what would have been accepted.
 *
 * @example
 * { error: { status: 400, code: 'invalid_parameter', message: 'lat must be between -90 and 90',
 *   parameter: 'lat', value: '123', allowed: 'a decimal number between -90 and 90' } }
 */
export const ApiErrorSchema = z.object({
  error: z.object({
    status: z.number().int().min(400).max(599),
    code: ApiErrorCodeSchema,
    message: z.string(),
    parameter: z.string().optional(),
    value: z.union([z.string(), z.array(z.string()), z.null()]).optional(),
    allowed: z.union([z.string(), z.array(z.string())]).optional(),
  }),
})
export type ApiError = z.infer<typeof ApiErrorSchema>
