import { signIn } from '../auth/sign-in.ts'
import type { Dataset } from '../data/dataset.ts'
import type { CurationPort, PlaceFeature, WriteOutcome } from '../routes/curation/curation-port.ts'
import type { ChangeRecord } from '../store/change-record.ts'
import type { Store } from '../store/store.ts'
import type { WriteResult } from '../store/write-places.ts'
import { derivePlaceFields } from './derive-place-fields.ts'
import type { PublishedData } from './published-data.ts'
import { planSiteImport } from './site-csv/plan-site-import.ts'

export interface CurationServiceDeps {
  store: Store
  /** This instance's published data (a write answers once its version is published). */
  published: PublishedData
  /** The shipped dataset the edits are merged into. */
  shipped: Dataset
  /** check:data issues the shipped data already has (not blamed on a write). */
  baseline: ReadonlySet<string>
}

/**
 * The curation routes' port (`CurationPort`) over the edit database: sign-in with throttling,
 * sessions, place writes (derived fields filled in, every check:data rule run by the store's
 * policy), the change feed, revert, and the sites CSV import. Each write resolves once this
 * instance serves the new data version, so the writer reads their own write.
 */
export function createCurationService(deps: CurationServiceDeps): CurationPort {
  const { store, published } = deps
  const settled = async (result: WriteResult): Promise<WriteOutcome> => {
    await published.waitFor(result.dataVersion)
    return {
      changeSetId: result.changeSetId,
      dataVersion: result.dataVersion,
      changes: result.changes.map((c) => ({
        kind: c.kind,
        id: c.id,
        changeId: c.changeId,
        version: c.version,
      })),
    }
  }
  return {
    sessionMaxAgeS: Math.floor(store.sessionPolicy.absoluteMs / 1000),
    async signIn(input) {
      const result = await signIn(store, input)
      if (!result.ok) return result
      const { id, name, role } = result.user
      return { ok: true, user: { id, name, role }, token: result.token }
    },
    async sessionUser(token) {
      const found = await store.lookupSession(token)
      return found ? { id: found.user.id, name: found.user.name, role: found.user.role } : null
    },
    signOut: (token) => store.deleteSession(token),
    async currentPlace(kind, id) {
      const place = await store.currentPlace({ kind, id })
      return { feature: place.published, version: place.version }
    },
    async writePlace(write) {
      const feature =
        write.feature && (derivePlaceFields(write.kind, write.feature) as PlaceFeature)
      const result = await store.applyEdit({
        kind: write.kind,
        id: write.id,
        feature,
        expectedVersion: write.expectedVersion,
        userId: write.user.id,
        note: write.note,
      })
      return settled(result)
    },
    async listChanges(query) {
      return (await store.listChanges(query)).map(changeEntry)
    },
    async revert({ id, changeSet, user, note }) {
      const result = changeSet
        ? await store.revertChangeSet(id, user.id, note)
        : await store.revertChange(id, user.id, note)
      return settled(result)
    },
    async importSites({ csv, user, note }) {
      const plan = planSiteImport(deps.shipped, await store.currentEdits(), csv, deps.baseline)
      const report = { ok: plan.ok, problems: plan.problems, rows: plan.rows }
      if (!user || !plan.ok) return { report, written: null }
      const result = await store.importChangeSet({
        kind: 'site',
        features: plan.features,
        userId: user.id,
        note: note ?? `Import of ${plan.features.length} site row(s)`,
      })
      return { report, written: await settled(result) }
    },
  }
}

function changeEntry(change: ChangeRecord) {
  return {
    id: change.id,
    change_set_id: change.changeSetId,
    action: change.action,
    user: change.user,
    created_at: change.createdAt.toISOString(),
    note: change.note,
    place: change.place,
    before_state: change.beforeState,
    before: change.before as Record<string, unknown> | null,
    after_state: change.afterState,
    after: change.after as Record<string, unknown> | null,
    version: change.version,
    reverts_change_id: change.revertsChangeId,
  }
}
