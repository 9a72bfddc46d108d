import type { PlaceEdit, PlaceFeature, PlaceKey, PlaceState } from './place-edit.ts'
import type { PlacePolicy } from './place-policy.ts'
import type { SqlExecutor } from './sql-driver.ts'

/** A place as a write finds it: state, version (`null` when absent) and published feature. */
export interface CurrentPlace extends PlaceKey {
  state: PlaceState
  version: number | null
  /** The feature the map shows now, `null` when absent or deleted. */
  published: PlaceFeature | null
}

interface EditRow {
  state: 'edited' | 'deleted' | 'base'
  feature: PlaceFeature | null
  version: number
}

/**
 * Reads one place; inside a write transaction its row (if any) stays locked until the
 * transaction ends (`lock: false` for a plain read).
 */
export async function readPlace(
  tx: SqlExecutor,
  policy: PlacePolicy,
  key: PlaceKey,
  { lock = true }: { lock?: boolean } = {},
): Promise<CurrentPlace> {
  const [row] = await tx.query<EditRow>(
    `SELECT state, feature, version FROM place_edits WHERE kind = $1 AND place_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [key.kind, key.id],
  )
  const base = policy.base(key.kind, key.id) ?? null
  if (!row) {
    return base
      ? { ...key, state: 'base', version: 0, published: base }
      : { ...key, state: 'absent', version: null, published: null }
  }
  const published = row.state === 'edited' ? row.feature : row.state === 'base' ? base : null
  return { ...key, state: row.state, version: row.version, published }
}

/** Whether the map shows the place now (shipped or edited, not deleted). */
export function isPublished(place: CurrentPlace): boolean {
  return place.published !== null
}

const OVERLAY_SQL = `SELECT p.kind, p.place_id, p.state, p.feature, p.version, p.updated_at, u.name
  FROM place_edits p JOIN users u ON u.id = p.updated_by
  ORDER BY p.kind, p.place_id`

/** Every place's entry in the overlay, by kind and id. */
export async function readOverlay(db: SqlExecutor): Promise<PlaceEdit[]> {
  const rows = await db.query<{
    kind: PlaceEdit['kind']
    place_id: string
    state: PlaceEdit['state']
    feature: PlaceFeature | null
    version: number
    updated_at: Date
    name: string
  }>(OVERLAY_SQL)
  return rows.map((r) => ({
    kind: r.kind,
    id: r.place_id,
    state: r.state,
    feature: r.state === 'edited' ? r.feature : null,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.name,
  }))
}
