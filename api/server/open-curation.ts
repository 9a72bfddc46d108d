import { createPlacePolicy } from '../curation/create-place-policy.ts'
import { createCurationService } from '../curation/curation-service.ts'
import { type PublishedData, trackPublishedData } from '../curation/published-data.ts'
import { checkDataset } from '../data/check-dataset.ts'
import type { Dataset } from '../data/dataset.ts'
import { formatIssue } from '../data/format-issue.ts'
import type { CurationPort } from '../routes/curation/curation-port.ts'
import { openStore, type StoreLocation } from '../store/open-store.ts'
import type { PlacePolicy } from '../store/place-policy.ts'

/** Sessions past their expiry are deleted this often. */
const EXPIRE_SESSIONS_EVERY_MS = 3600_000

/** The edit database, opened but not yet joined to the shipped data (see `join`). */
export interface OpeningCuration {
  location: string
  /** Publishes the shipped dataset plus the database's edits and serves writes on it. */
  join(shipped: Dataset): Promise<JoinedCuration>
  close(): Promise<void>
}

export interface JoinedCuration {
  /** What `createApp` serves edits with (its `curation` option). */
  curation: { published: PublishedData; port: CurationPort }
  /** check:data problems of the data as published (the edits on this shipped data), if any. */
  problems: string[]
  summary: string
  close(): Promise<void>
}

/**
 * Opens (and migrates) the edit database while the shipped data is still loading: the place
 * policy is filled in by `join`, once the data is checked. The shipped data passed every
 * check:data rule, so a write is refused for any issue at all (an empty baseline).
 */
export async function openCuration(location: StoreLocation): Promise<OpeningCuration> {
  let policy: PlacePolicy | undefined
  const ready = (): PlacePolicy => {
    if (!policy) throw new Error('the shipped data is not loaded yet')
    return policy
  }
  const store = await openStore(location, {
    places: {
      base: (kind, id) => ready().base(kind, id),
      check: (overlay, changed) => ready().check?.(overlay, changed) ?? [],
    },
  })
  return {
    location: store.location,
    close: () => store.close(),
    async join(shipped) {
      const baseline = new Set<string>()
      policy = createPlacePolicy(shipped, baseline)
      const published = await trackPublishedData(shipped, store)
      const snapshot = published.snapshot()
      const problems =
        snapshot.dataset === shipped ? [] : checkDataset(snapshot.dataset).map(formatIssue)
      const port = createCurationService({ store, published, shipped, baseline })
      const expire = setInterval(() => {
        store.expireSessions().catch((error) => console.error('server: expiring sessions:', error))
      }, EXPIRE_SESSIONS_EVERY_MS)
      expire.unref()
      const edited = (await store.currentEdits()).length
      return {
        curation: { published, port },
        problems,
        summary: `${store.location}, data version ${snapshot.dataVersion}, ${edited} edited place(s)`,
        async close() {
          clearInterval(expire)
          published.stop()
          await store.close()
        },
      }
    },
  }
}
