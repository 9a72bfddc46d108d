import type { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { ApiHttpError, clipValue } from './api-http-error.ts'
import { routeSchemas } from './define-route.ts'
import { allowedOf } from './params.ts'

type ValidationResult =
  | { success: true; target: string }
  | { success: false; target: string; error: z.ZodError }

/**
 * The `defaultHook` of every router: a failed query/path validation becomes a 400 in the
 * one error shape, naming the parameter, the value given (clipped) and what is allowed.
 * Repeated parameters, NaN, Infinity, out-of-range numbers, unknown enum values and
 * unknown parameters all land here, never in a 500.
 */
export function validationHook(result: ValidationResult, c: Context): undefined {
  if (result.success) return undefined
  if (result.target === 'json') throw bodyError(result.error.issues)
  const schemas = routeSchemas(c.req.routePath, c.req.method)
  const isParam = result.target === 'param'
  throw parameterError(result.error, c, isParam ? schemas.params : schemas.query, isParam)
}

/**
 * The 400 of a query (or, with `isPath`, path) that failed `schema`: an unknown parameter, a
 * repeated one or a value the schema does not allow, named with the value given and what is
 * allowed. For routes that validate by hand (e.g. the tiles, whose path Hono matches with a
 * pattern).
 *
 * @example throw parameterError(SCHEMA.safeParse(query).error, c, SCHEMA)
 */
export function parameterError(
  error: z.ZodError,
  c: Context,
  schema: z.ZodObject<z.ZodRawShape> | undefined,
  isPath = false,
): ApiHttpError {
  const issue = error.issues[0]
  const raw = (key: string) => {
    if (isPath) return c.req.param(key)
    const values = c.req.queries(key) ?? []
    return values.length === 1 ? values[0] : values
  }
  if (issue?.code === 'unrecognized_keys') {
    const parameter = issue.keys[0] ?? ''
    const allowed = Object.keys(schema?.shape ?? {})
    const message = `unknown parameter "${clipValue(parameter)}"; allowed: ${allowed.join(', ') || 'none'}`
    return new ApiHttpError(400, 'unknown_parameter', message, {
      parameter: String(clipValue(parameter)),
      value: clipValue(raw(parameter)),
      allowed,
    })
  }
  const parameter = String(issue?.path[0] ?? '')
  const value = raw(parameter)
  const allowed =
    allowedOf(schema?.shape[parameter] as z.ZodType | undefined) ??
    (issue?.code === 'invalid_value' ? issue.values.map(String) : 'see /api/openapi.json')
  const reason =
    Array.isArray(value) && value.length > 1 ? 'is given more than once' : issueText(issue)
  return new ApiHttpError(400, 'invalid_parameter', `${parameter} ${reason}`, {
    parameter,
    value: clipValue(value),
    allowed,
  })
}

/** A JSON body that does not fit its schema: 400 `invalid_body` naming every field. */
function bodyError(issues: readonly z.core.$ZodIssue[]): ApiHttpError {
  const problems = issues.slice(0, 20).flatMap((issue) => {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        message: 'is not a field of this body',
      }))
    }
    return [{ field: path || '(body)', message: issueText(issue) }]
  })
  const first = problems[0] ?? { field: '(body)', message: 'is invalid' }
  return new ApiHttpError(400, 'invalid_body', `${first.field} ${first.message}`, {
    parameter: first.field,
    problems,
  })
}

function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'is invalid'
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required'
  if (issue.code === 'invalid_value') return 'is not one of the allowed values'
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `is too long (at most ${issue.maximum} characters)`
  }
  if (issue.code === 'too_big') return `is too large (maximum ${issue.maximum})`
  if (issue.code === 'too_small') {
    return `is too small (${issue.inclusive === false ? 'must exceed' : 'minimum'} ${issue.minimum})`
  }
  return issue.message.startsWith('must') ? issue.message : `is invalid: ${issue.message}`
}
