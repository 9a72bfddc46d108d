import { requireNote } from './apply-edit.ts'
import type { PlaceFeature, PlaceKind } from './place-edit.ts'
import { placeLabel } from './place-edit.ts'
import { shapeFeature } from './place-shape.ts'
import type { StoreContext } from './store-context.ts'
import { ConflictError, InputError } from './store-errors.ts'
import { type WriteResult, writePlaces } from './write-places.ts'

export interface ImportRequest {
  kind: PlaceKind
  /** Full features; each creates its place (`properties.id` unused) or replaces a published one. */
  features: readonly PlaceFeature[]
  userId: number
  note: string
}

/**
 * Writes an import as ONE transaction and ONE change set (action `import`), so it is all or
 * nothing and can be reverted as a whole (`revertChangeSet`). A deleted id, a duplicate id or
 * a rule broken by any feature rolls everything back.
 */
export async function importChangeSet(
  ctx: StoreContext,
  request: ImportRequest,
): Promise<WriteResult> {
  if (request.features.length === 0) throw new InputError('an import needs at least one feature')
  const { kind } = request
  const writes = request.features.map((input) => {
    const id = String((input as { properties?: { id?: unknown } }).properties?.id ?? '')
    const feature = shapeFeature(kind, id, input)
    return {
      kind,
      id,
      target: { state: 'edited' as const, feature },
      expect(current: { state: string; version: number | null }) {
        if (current.state !== 'deleted') return
        throw new ConflictError(
          `${placeLabel({ kind, id })} was deleted; revert the deletion or import it under another id`,
          current.version,
        )
      },
    }
  })
  return writePlaces(ctx, {
    action: 'import',
    userId: request.userId,
    role: 'editor',
    note: requireNote(request.note),
    writes,
  })
}
