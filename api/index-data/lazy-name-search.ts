import { NameSearchIndex } from './name-search-index.ts'

type Named = { properties: { name_zh: string; name_en: string } }

/** Whether the name index is built yet, and how long building it took (`/api/health`). */
export interface NameSearchState {
  built: boolean
  build_ms: number | null
}

/** A `NameSearchIndex` built on its first query, so that start-up does not pay for it. */
export interface LazyNameSearch<T extends Named> {
  /** The documents whose normalised name contains `q` (normalised, non-empty), in order. */
  find(q: string): T[]
  state(): NameSearchState
}

/**
 * Wraps `docs` in a name index built on the first `find` (a second or so for a million sites,
 * milliseconds for the shipped data), not at start-up.
 *
 * @example lazyNameSearch(places.allSites).find('lishen')
 */
export function lazyNameSearch<T extends Named>(docs: readonly T[]): LazyNameSearch<T> {
  let index: NameSearchIndex<T> | null = null
  let buildMs: number | null = null
  return {
    find(q) {
      if (!index) {
        const started = performance.now()
        index = new NameSearchIndex(docs)
        buildMs = Math.round(performance.now() - started)
      }
      return index.find(q)
    },
    state: () => ({ built: index !== null, build_ms: buildMs }),
  }
}
