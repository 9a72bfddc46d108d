import type { Representation } from './representation.ts'

export interface RepresentationCacheOptions {
  /** Most bytes kept (identity bodies plus their compressed variants). */
  maxBytes?: number
  /** Most representations kept. */
  maxEntries?: number
}

/** Default budget: far above the shipped data and web build (~8 MB), bounded for hostile keys. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024
export const DEFAULT_CACHE_ENTRIES = 4096

/**
 * A least-recently-used map of representations, bounded by entry count and by bytes (a
 * variant made later counts once `settle` is called). A representation larger than a quarter
 * of the budget is not kept.
 *
 * @example
 * const cache = createRepresentationCache({ maxBytes: 1 << 20 })
 * cache.set('v1 /api/sites?', rep)
 * cache.get('v1 /api/sites?') // rep, now the most recently used
 */
export function createRepresentationCache(options: RepresentationCacheOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES
  const maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES
  const entries = new Map<string, { rep: Representation; counted: number }>()
  let bytes = 0
  const evict = () => {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes && entries.size <= maxEntries) return
      entries.delete(key)
      bytes -= entry.counted
    }
  }
  return {
    get(key: string): Representation | undefined {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return entry.rep
    },
    set(key: string, rep: Representation): void {
      if (rep.byteLength > maxBytes / 4) return
      const old = entries.get(key)
      if (old) {
        entries.delete(key)
        bytes -= old.counted
      }
      entries.set(key, { rep, counted: rep.byteLength })
      bytes += rep.byteLength
      evict()
    },
    /** Counts variants made since the representation was stored, evicting to stay in budget. */
    settle(key: string): void {
      const entry = entries.get(key)
      if (!entry || entry.counted === entry.rep.byteLength) return
      bytes += entry.rep.byteLength - entry.counted
      entry.counted = entry.rep.byteLength
      evict()
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return bytes
    },
  }
}

export type RepresentationCache = ReturnType<typeof createRepresentationCache>
