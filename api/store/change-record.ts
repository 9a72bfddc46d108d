import type { PlaceFeature, PlaceKey, PlaceState } from './place-edit.ts'

/** One entry of the change history, as `GET /api/changes` lists it. */
export interface ChangeRecord {
  id: number
  place: PlaceKey
  changeSetId: number
  action: 'edit' | 'import' | 'revert'
  /** User name of who made it. */
  user: string
  createdAt: Date
  note: string
  beforeState: PlaceState
  /** The published feature before (`null`: not on the map). */
  before: PlaceFeature | null
  afterState: Exclude<PlaceState, 'absent'>
  after: PlaceFeature | null
  /** The place's version after this change. */
  version: number
  /** The change this one reverted, if it is a revert. */
  revertsChangeId: number | null
}

export interface ChangeRow {
  id: number
  change_set_id: number
  action: ChangeRecord['action']
  user_name: string
  created_at: Date
  note: string
  kind: PlaceKey['kind']
  place_id: string
  before_state: PlaceState
  before: PlaceFeature | null
  after_state: ChangeRecord['afterState']
  after: PlaceFeature | null
  version: number
  reverts_change_id: number | null
}

export const CHANGE_COLUMNS = `c.id, c.change_set_id, s.action, u.name AS user_name, s.created_at,
  s.note, c.kind, c.place_id, c.before_state, c.before, c.after_state, c.after, c.version,
  c.reverts_change_id
  FROM changes c JOIN change_sets s ON s.id = c.change_set_id JOIN users u ON u.id = s.user_id`

export function changeRecord(row: ChangeRow): ChangeRecord {
  return {
    id: row.id,
    changeSetId: row.change_set_id,
    action: row.action,
    user: row.user_name,
    createdAt: row.created_at,
    note: row.note,
    place: { kind: row.kind, id: row.place_id },
    beforeState: row.before_state,
    before: row.before,
    afterState: row.after_state,
    after: row.after,
    version: row.version,
    revertsChangeId: row.reverts_change_id,
  }
}
