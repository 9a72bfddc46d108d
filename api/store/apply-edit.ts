import type { PlaceFeature, PlaceKind } from './place-edit.ts'
import { placeLabel } from './place-edit.ts'
import { isPublished } from './place-rows.ts'
import { shapeFeature } from './place-shape.ts'
import type { StoreContext } from './store-context.ts'
import { ConflictError, InputError, NotFoundError } from './store-errors.ts'
import { type WriteResult, writePlaces } from './write-places.ts'

export interface EditRequest {
  kind: PlaceKind
  id: string
  /** The place's full new feature, or `null` to soft-delete it. */
  feature: PlaceFeature | null
  /**
   * The version the editor started from (0 = the shipped feature), or `null` to create a new
   * place (the id must be unused, also by a deleted place).
   */
  expectedVersion: number | null
  /** Acting user's id; must be an enabled editor or admin. */
  userId: number
  /** Why (required, shown in the history). */
  note: string
}

/**
 * Creates, replaces or soft-deletes one place with optimistic concurrency: a stale
 * `expectedVersion` throws `ConflictError` carrying the current version, so two editors never
 * silently overwrite each other. A missing place throws `NotFoundError`; a feature that breaks a
 * rule throws `PlaceValidationError` (nothing written in either case).
 */
export async function applyEdit(ctx: StoreContext, request: EditRequest): Promise<WriteResult> {
  const { kind, id, expectedVersion } = request
  const feature = request.feature === null ? null : shapeFeature(kind, id, request.feature)
  const label = placeLabel(request)
  return writePlaces(ctx, {
    action: 'edit',
    userId: request.userId,
    role: 'editor',
    note: requireNote(request.note),
    writes: [
      {
        kind,
        id,
        target: feature ? { state: 'edited', feature } : { state: 'deleted' },
        expect(current) {
          if (expectedVersion === null) {
            if (current.state === 'absent') return
            const why =
              current.state === 'deleted' ? 'was deleted (revert that to restore it)' : 'exists'
            throw new ConflictError(`${label} ${why}; choose another id`, current.version)
          }
          if (!isPublished(current)) {
            const why = current.state === 'deleted' ? 'is deleted' : 'does not exist'
            throw new NotFoundError(`${label} ${why}`)
          }
          if (current.version !== expectedVersion) {
            throw new ConflictError(
              `${label} is at version ${current.version}, not ${expectedVersion}: someone changed it; reload and edit again`,
              current.version,
            )
          }
        },
      },
    ],
  })
}

/** A change note, trimmed; blank notes are refused. */
export function requireNote(note: string): string {
  const trimmed = note.trim()
  if (trimmed === '') throw new InputError('a change note is required: say what changed and why')
  return trimmed
}
