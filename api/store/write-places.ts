import type { Role } from '../domain/role.ts'
import { requireActingUser } from './acting-user.ts'
import { bumpDataVersion } from './data-version.ts'
import type { PlaceFeature, PlaceKey, PlaceState } from './place-edit.ts'
import { placeLabel } from './place-edit.ts'
import { type CurrentPlace, readOverlay, readPlace } from './place-rows.ts'
import type { SqlExecutor } from './sql-driver.ts'
import { placePolicy, type StoreContext } from './store-context.ts'
import { PlaceValidationError } from './store-errors.ts'

/** The state a write leaves a place in. */
export type PlaceTarget =
  | { state: 'edited'; feature: PlaceFeature }
  | { state: 'deleted' }
  | { state: 'base' }

/** One place's part of a write; `expect` throws (e.g. `ConflictError`) to refuse it. */
export interface PlaceWrite extends PlaceKey {
  target: PlaceTarget
  expect: (current: CurrentPlace) => void
  revertsChangeId?: number
}

/** A change as written: which place, its new version and the published before/after. */
export interface WrittenChange extends PlaceKey {
  changeId: number
  version: number
  beforeState: PlaceState
  afterState: Exclude<PlaceState, 'absent'>
  before: PlaceFeature | null
  after: PlaceFeature | null
}

export interface WriteResult {
  changeSetId: number
  dataVersion: number
  changes: WrittenChange[]
}

export interface WriteRequest {
  action: 'edit' | 'import' | 'revert'
  userId: number
  /** Role the acting user needs: editor for edits and imports, admin for reverts. */
  role: Role
  note: string
  writes: readonly PlaceWrite[]
}

/**
 * Writes one change set in one transaction: bumps (and thereby locks) the data version, checks
 * the acting user, applies each place write after its `expect` check, logs before/after per
 * place, then runs the policy's rules on the resulting overlay. Any failure rolls it all back.
 */
export async function writePlaces(ctx: StoreContext, request: WriteRequest): Promise<WriteResult> {
  const policy = placePolicy(ctx)
  refuseDuplicates(request.writes)
  const result = await ctx.driver.transaction(async (tx) => {
    const dataVersion = await bumpDataVersion(tx)
    await requireActingUser(tx, request.userId, request.role)
    const now = ctx.now().toISOString()
    const [set] = await tx.query<{ id: number }>(
      `INSERT INTO change_sets (action, user_id, created_at, note)
       VALUES ($1, $2, $3::timestamptz, $4) RETURNING id`,
      [request.action, request.userId, now, request.note],
    )
    const changeSetId = set?.id as number
    const changes: WrittenChange[] = []
    for (const write of request.writes) {
      const current = await readPlace(tx, policy, write)
      write.expect(current)
      const base = policy.base(write.kind, write.id) ?? null
      const one = { write, current, base, changeSetId, now, userId: request.userId }
      changes.push(await writeOne(tx, one))
    }
    if (policy.check) {
      const problems = policy.check(await readOverlay(tx), request.writes)
      if (problems.length > 0) throw new PlaceValidationError(problems)
    }
    return { changeSetId, dataVersion, changes }
  })
  ctx.published(result.dataVersion)
  return result
}

interface OneWrite {
  write: PlaceWrite
  current: CurrentPlace
  /** The shipped feature, published again by a `base` target. */
  base: PlaceFeature | null
  changeSetId: number
  now: string
  userId: number
}

async function writeOne(tx: SqlExecutor, one: OneWrite): Promise<WrittenChange> {
  const { write, current } = one
  const version = (current.version ?? 0) + 1
  const { target } = write
  const feature = target.state === 'edited' ? target.feature : null
  const after = target.state === 'base' ? one.base : feature
  await tx.query(
    `INSERT INTO place_edits (kind, place_id, state, feature, version, updated_at, updated_by)
     VALUES ($1, $2, $3, $4::json, $5, $6::timestamptz, $7)
     ON CONFLICT (kind, place_id) DO UPDATE SET state = EXCLUDED.state,
       feature = EXCLUDED.feature, version = EXCLUDED.version,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [write.kind, write.id, target.state, feature, version, one.now, one.userId],
  )
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO changes (change_set_id, kind, place_id, before_state, before, after_state, after,
       version, reverts_change_id)
     VALUES ($1, $2, $3, $4, $5::json, $6, $7::json, $8, $9) RETURNING id`,
    [
      one.changeSetId,
      write.kind,
      write.id,
      current.state,
      current.published,
      target.state,
      after,
      version,
      write.revertsChangeId ?? null,
    ],
  )
  return {
    kind: write.kind,
    id: write.id,
    changeId: row?.id as number,
    version,
    beforeState: current.state,
    afterState: target.state,
    before: current.published,
    after,
  }
}

function refuseDuplicates(writes: readonly PlaceWrite[]): void {
  const seen = new Set<string>()
  for (const write of writes) {
    const label = placeLabel(write)
    if (seen.has(label)) {
      throw new PlaceValidationError([
        {
          kind: write.kind,
          id: write.id,
          field: 'properties.id',
          message: 'appears twice in one change set',
        },
      ])
    }
    seen.add(label)
  }
}
