import { setImmediate as afterPendingEvents } from 'node:timers/promises'
import { NameSearchIndex } from './name-search-index.ts'

type Named = { properties: { name_zh: string; name_en: string } }

/** Whether the name index is built yet, and how long building it took (`/api/health`). */
export interface NameSearchState {
  built: boolean
  /** True while a background build is under way (and no search has completed it). */
  building: boolean
  /** Milliseconds spent building, not counting the pauses a background build makes. */
  build_ms: number | null
}

/**
 * A `NameSearchIndex` built in the background once the server is up (`buildInBackground`), or
 * on the first query if that comes first (then the query completes the build where it is).
 */
export interface LazyNameSearch<T extends Named> {
  /** The documents whose normalised name contains `q` (normalised, non-empty), in order. */
  find(q: string): T[]
  /**
   * Builds the index in slices of about `sliceMs` between other work (each slice waits for the
   * pending I/O callbacks: requests are answered between slices). Resolves once it is built or
   * `stop` is called.
   */
  buildInBackground(sliceMs?: number): Promise<void>
  /** Ends a background build after its current slice (the data version is replaced). */
  stop(): void
  state(): NameSearchState
}

/** The default slice of a background build: a request waits at most about this long. */
export const BUILD_SLICE_MS = 10

/**
 * Wraps `docs` in a name index built on demand: in the background when asked (a few seconds
 * of slices for a million sites), or at the latest by the first `find` (milliseconds for the
 * shipped data), never at start-up.
 *
 * @example
 * const search = lazyNameSearch(places.allSites)
 * void search.buildInBackground()
 * search.find('lishen')
 */
export function lazyNameSearch<T extends Named>(docs: readonly T[]): LazyNameSearch<T> {
  const index = new NameSearchIndex(docs, { deferred: true })
  let spentMs: number | null = null
  let building = false
  let stopped = false
  const buildFor = (ms: number): boolean => {
    if (index.built) return true
    const started = performance.now()
    const done = index.buildFor(ms)
    spentMs = (spentMs ?? 0) + performance.now() - started
    return done
  }
  return {
    find(q) {
      buildFor(Number.POSITIVE_INFINITY)
      return index.find(q)
    },
    async buildInBackground(sliceMs = BUILD_SLICE_MS) {
      if (building || index.built) return
      building = true
      stopped = false
      try {
        while (!stopped && !buildFor(sliceMs)) await afterPendingEvents()
      } finally {
        building = false
      }
    },
    stop() {
      stopped = true
    },
    state: () => ({
      built: index.built,
      building: building && !index.built,
      build_ms: spentMs === null ? null : Math.round(spentMs),
    }),
  }
}
