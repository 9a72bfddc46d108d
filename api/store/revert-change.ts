import { CHANGE_COLUMNS, type ChangeRecord, type ChangeRow, changeRecord } from './change-record.ts'
import { getChange } from './list-changes.ts'
import { placeLabel } from './place-edit.ts'
import type { StoreContext } from './store-context.ts'
import { ConflictError, NotFoundError } from './store-errors.ts'
import { type PlaceTarget, type PlaceWrite, type WriteResult, writePlaces } from './write-places.ts'

/**
 * Reverts one change (admin): a NEW change restores the place's state from before it (the
 * shipped feature, the earlier edit, or not published for a place the change created). Refused
 * with `ConflictError` when the place changed again since: revert the later change first.
 */
export async function revertChange(
  ctx: StoreContext,
  changeId: number,
  userId: number,
  note?: string,
): Promise<WriteResult> {
  const change = await getChange(ctx, changeId)
  return revert(ctx, [change], userId, note ?? `Revert change ${changeId}`)
}

/** Reverts every change of one change set (e.g. an import) as one new change set. */
export async function revertChangeSet(
  ctx: StoreContext,
  changeSetId: number,
  userId: number,
  note?: string,
): Promise<WriteResult> {
  const rows = await ctx.driver.query<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} WHERE c.change_set_id = $1 ORDER BY c.id`,
    [changeSetId],
  )
  if (rows.length === 0) throw new NotFoundError(`no change set ${changeSetId}`)
  const changes = rows.map(changeRecord)
  return revert(ctx, changes, userId, note ?? `Revert change set ${changeSetId}`)
}

function revert(
  ctx: StoreContext,
  changes: readonly ChangeRecord[],
  userId: number,
  note: string,
): Promise<WriteResult> {
  const writes: PlaceWrite[] = changes.map((change) => ({
    ...change.place,
    target: restoredTarget(change),
    revertsChangeId: change.id,
    expect(current) {
      if (current.version === change.version && current.state === change.afterState) return
      throw new ConflictError(
        `${placeLabel(change.place)} changed after change ${change.id} (now version ${current.version}); revert the later change first`,
        current.version,
      )
    },
  }))
  return writePlaces(ctx, { action: 'revert', userId, role: 'admin', note, writes })
}

function restoredTarget(change: ChangeRecord): PlaceTarget {
  switch (change.beforeState) {
    case 'base':
      return { state: 'base' }
    case 'edited':
      return change.before ? { state: 'edited', feature: change.before } : { state: 'deleted' }
    default:
      return { state: 'deleted' }
  }
}
