import type { Dataset } from '../data/dataset.ts'
import { placeVersions } from '../store/merge-edits.ts'
import type { PlaceKind } from '../store/place-edit.ts'
import type { Store } from '../store/store.ts'
import { withEdits } from './with-edits.ts'

/** What the server serves at one data version: the merged dataset and each place's version. */
export interface PublishedSnapshot {
  dataVersion: number
  /** The shipped dataset with the store's edits merged into sites and parks. */
  dataset: Dataset
  /** A place's version for its ETag / `expectedVersion` (0 = shipped, never edited). */
  placeVersion: (kind: PlaceKind, id: string) => number
}

/** The published data of one instance, kept current by `trackPublishedData`. */
export interface PublishedData {
  /** The newest snapshot built. */
  snapshot(): PublishedSnapshot
  /** Calls `listener` with each newer snapshot; returns the unsubscribe function. */
  subscribe(listener: (snapshot: PublishedSnapshot) => void): () => void
  /**
   * Resolves once a snapshot at `dataVersion` or newer is published here (a write's own
   * version: read-your-writes), or after `timeoutMs` regardless (the data then follows later).
   */
  waitFor(dataVersion: number, timeoutMs?: number): Promise<void>
  /** Stops following the store. */
  stop(): void
}

/**
 * Keeps the published data current: builds a snapshot now, then again after every change the
 * store reports (this instance's or another's on the same PostgreSQL), calling `onUpdate` and
 * every subscriber with each new one — where the server rebuilds its indexes. Refreshes never
 * overlap; changes that arrive during one are folded into a single next refresh.
 */
export async function trackPublishedData(
  shipped: Dataset,
  store: Store,
  onUpdate: (snapshot: PublishedSnapshot) => void = () => {},
): Promise<PublishedData> {
  const build = async (): Promise<PublishedSnapshot> => {
    // Version first: the edits read after it are at least that new, so a snapshot may be
    // labelled older than its content (then refreshed again), never newer.
    const dataVersion = await store.dataVersion()
    const edits = await store.currentEdits()
    return { dataVersion, dataset: withEdits(shipped, edits), placeVersion: placeVersions(edits) }
  }
  let current = await build()
  const listeners = new Set<(snapshot: PublishedSnapshot) => void>([onUpdate])
  let running: Promise<void> | null = null
  let again = false
  const refresh = (): void => {
    if (running) {
      again = true
      return
    }
    running = build()
      .then((next) => {
        if (next.dataVersion <= current.dataVersion) return
        current = next
        for (const listener of listeners) listener(next)
      })
      .catch((error: unknown) => console.error('published data: refresh failed:', error))
      .finally(() => {
        running = null
        if (again) {
          again = false
          refresh()
        }
      })
  }
  const stop = await store.onChange(refresh)
  return {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    waitFor(dataVersion, timeoutMs = 2000) {
      if (current.dataVersion >= dataVersion) return Promise.resolve()
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          listeners.delete(check)
          resolve()
        }
        const check = (next: PublishedSnapshot) => {
          if (next.dataVersion >= dataVersion) done()
        }
        const timer = setTimeout(done, timeoutMs)
        listeners.add(check)
      })
    },
    stop,
  }
}
