import { CHANGE_COLUMNS, type ChangeRecord, type ChangeRow, changeRecord } from './change-record.ts'
import type { PlaceKey } from './place-edit.ts'
import type { StoreContext } from './store-context.ts'
import { InputError, NotFoundError } from './store-errors.ts'

export interface ChangeQuery {
  /** Only this place's changes; omit for the global feed. */
  place?: PlaceKey
  /** Only this change set's changes (e.g. one import). */
  changeSetId?: number
  /** At most this many, newest first (1–500). */
  limit: number
  /** Only changes with a smaller id: the cursor for the next page. */
  before?: number
}

/** The change history, newest first: who, when, the note, and each place's before/after. */
export async function listChanges(ctx: StoreContext, query: ChangeQuery): Promise<ChangeRecord[]> {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 500) {
    throw new InputError(`limit: expected a whole number from 1 to 500, got ${query.limit}`)
  }
  const rows = await ctx.driver.query<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS}
     WHERE ($1::text IS NULL OR (c.kind = $1 AND c.place_id = $2))
       AND ($3::integer IS NULL OR c.change_set_id = $3)
       AND ($4::integer IS NULL OR c.id < $4)
     ORDER BY c.id DESC LIMIT $5`,
    [
      query.place?.kind ?? null,
      query.place?.id ?? null,
      query.changeSetId ?? null,
      query.before ?? null,
      query.limit,
    ],
  )
  return rows.map(changeRecord)
}

/** One change by id; `NotFoundError` when there is none. */
export async function getChange(ctx: StoreContext, id: number): Promise<ChangeRecord> {
  const [row] = await ctx.driver.query<ChangeRow>(`SELECT ${CHANGE_COLUMNS} WHERE c.id = $1`, [id])
  if (!row) throw new NotFoundError(`no change ${id}`)
  return changeRecord(row)
}
