import {
  ConflictError,
  InputError,
  NotFoundError,
  PermissionError,
  PlaceValidationError,
} from '../../store/store-errors.ts'
import { ApiHttpError } from '../api-http-error.ts'

/**
 * Runs a store call and turns its expected failures into the API's error shape: a broken rule
 * → 400 `invalid_body` naming each field (and the check:data rule), a stale version → 412
 * `precondition_failed` (or 409 `conflict` for a create whose id is taken), an unknown place
 * or change → 404, a too-weak or disabled account → 403, any other refused input → 400.
 * Anything else is a bug and propagates (500).
 */
export async function storeCall<T>(work: () => Promise<T>, conflict: 409 | 412 = 412): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw httpErrorOf(error, conflict) ?? error
  }
}

function httpErrorOf(error: unknown, conflict: 409 | 412): ApiHttpError | null {
  if (error instanceof PlaceValidationError) {
    const problems = error.problems.map((p) => ({
      field: p.field,
      message: p.message,
      kind: p.kind,
      id: p.id,
      ...(p.rule ? { rule: p.rule } : {}),
    }))
    return new ApiHttpError(400, 'invalid_body', error.message, {
      parameter: problems[0]?.field,
      problems,
    })
  }
  if (error instanceof ConflictError) {
    const code = conflict === 409 ? 'conflict' : 'precondition_failed'
    return new ApiHttpError(conflict, code, error.message)
  }
  if (error instanceof NotFoundError) return new ApiHttpError(404, 'not_found', error.message)
  if (error instanceof PermissionError) return new ApiHttpError(403, 'forbidden', error.message)
  if (error instanceof InputError) return new ApiHttpError(400, 'invalid_body', error.message)
  return null
}
