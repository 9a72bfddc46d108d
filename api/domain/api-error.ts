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
  // curation: sessions and writes
  'invalid_body',
  'unauthenticated',
  'forbidden',
  'cross_origin',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'too_many_requests',
  'payload_too_large',
  'unsupported_media_type',
])
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>

/**
 * One reason a write was refused: the field (a path in the feature such as
 * `properties.location_source`, or a CSV column), what was expected, and where known the
 * place, the CSV row and the check:data rule that found it.
 */
export const ApiProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
  kind: z.string().optional(),
  id: z.string().optional(),
  row: z.number().int().optional(),
  rule: z.string().optional(),
})
export type ApiProblem = z.infer<typeof ApiProblemSchema>

/**
 * The one error shape of every 4xx/5xx response:
 * `{ error: { status, code, message, parameter?, value?, allowed?, problems? } }`.
 * `parameter` names the offending query/path parameter or body field, `value` echoes what was
 * given (long strings truncated), `allowed` says what would have been accepted; a refused
 * write lists every `problems` entry (field, message, rule).
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
    problems: z.array(ApiProblemSchema).optional(),
  }),
})
export type ApiError = z.infer<typeof ApiErrorSchema>
