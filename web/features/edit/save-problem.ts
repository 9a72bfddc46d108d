import { ApiError } from '../../lib/api/api-client.ts'

/** Why a save failed, as the editor explains it. */
export type SaveProblem =
  | { kind: 'stale' }
  | { kind: 'refused'; problems: { field: string; message: string }[] }
  | { kind: 'signedOut' }
  | { kind: 'forbidden' }
  | { kind: 'failed' }

/** Reads a failed PATCH: 412 stale, 400 refused (each field the checks named), 401, 403. */
export function saveProblem(error: unknown): SaveProblem {
  if (!(error instanceof ApiError)) return { kind: 'failed' }
  if (error.status === 412 || error.status === 428) return { kind: 'stale' }
  if (error.status === 401) return { kind: 'signedOut' }
  if (error.status === 403) return { kind: 'forbidden' }
  if (error.status === 400) {
    const body = error.body?.error
    const problems = body?.problems ?? [
      { field: body?.parameter ?? '', message: body?.message ?? '' },
    ]
    return { kind: 'refused', problems }
  }
  return { kind: 'failed' }
}
