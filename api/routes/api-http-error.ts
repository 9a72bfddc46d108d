import type { ApiError, ApiErrorCode } from '../domain/index.ts'

type Details = Pick<ApiError['error'], 'parameter' | 'value' | 'allowed' | 'problems'>

/** The statuses the API answers with an error body. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 428 | 429 | 500

const MAX_ECHO_CHARS = 120
const MAX_ECHO_ITEMS = 10

/** Clips an echoed value so an error never reflects a huge input back. */
export function clipValue(value: unknown): string | string[] | null {
  const clip = (s: string) => (s.length > MAX_ECHO_CHARS ? `${s.slice(0, MAX_ECHO_CHARS)}…` : s)
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.slice(0, MAX_ECHO_ITEMS).map((v) => clip(String(v)))
  return clip(String(value))
}

/**
 * An error that becomes the API's one error shape (see `ApiErrorSchema`). Thrown by
 * handlers and the validation hook; formatted by the app's error handler.
 */
export class ApiHttpError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Details = {},
  ) {
    super(message)
    this.name = 'ApiHttpError'
  }

  toBody(): ApiError {
    return {
      error: { status: this.status, code: this.code, message: this.message, ...this.details },
    }
  }
}

/**
 * A 400 naming the parameter, the value given and what is allowed.
 *
 * @example
 * throw badParameter('sector', 'foo', ['wind', 'hydrogen'], 'unknown sector "foo"')
 */
export function badParameter(
  parameter: string,
  value: unknown,
  allowed: string | string[],
  message: string,
): ApiHttpError {
  return new ApiHttpError(400, 'invalid_parameter', message, {
    parameter,
    value: clipValue(value),
    allowed,
  })
}

/**
 * A 404 for a well-formed id that names nothing.
 *
 * @example
 * throw notFound('id', 'nowhere', 'park')
 */
export function notFound(parameter: string, value: string, what: string): ApiHttpError {
  const shown = clipValue(value)
  return new ApiHttpError(404, 'not_found', `no ${what} with ${parameter} "${shown}"`, {
    parameter,
    value: shown,
  })
}
