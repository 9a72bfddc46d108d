import type { Sector, SiteFeature } from '../domain/index.ts'
import { type SiteTiles, siteTiles } from './site-tiles.ts'

export interface FilteredSiteTilesOptions {
  /** Most filtered indexes kept (default 8). */
  maxIndexes?: number
  /**
   * Most sites held by the kept indexes together (default: half the located sites, so the
   * filtered indexes take at most half the unfiltered index's memory, ~55 MB at a million
   * sites), but for the newest index, always kept: one filter matching more is kept alone.
   */
  maxSites?: number
}

/**
 * The site tiles of filtered subsets of `sites`, one cluster index per filter, each built on
 * the first tile asked of it (over only the matching sites, so its clusters count only them)
 * and kept in a least-recently-used list bounded by index count and by the sites they hold
 * together. At a million sites an index takes ~140 bytes a site and builds in ~0.1–0.6 s for
 * filters matching 2.5–25 % of them (the unfiltered one: ~2 s, ~110 MB). An index is one data
 * version's: make a new `filteredSiteTiles` for new data.
 *
 * @example
 * const filtered = filteredSiteTiles(ds.sites, ds.sectors)
 * filtered.tiles('status=planned', (p) => p.status === 'planned').tile(8, 210, 97)
 */
export function filteredSiteTiles(
  sites: readonly SiteFeature[],
  sectors: readonly Sector[],
  options: FilteredSiteTilesOptions = {},
) {
  const maxIndexes = options.maxIndexes ?? 8
  let maxSites = options.maxSites
  const kept = new Map<string, SiteTiles>()
  let held = 0
  return {
    /**
     * The tiles of the sites whose properties pass `matches`, which `key` names exactly
     * (the normalised filter: one key, one predicate).
     */
    tiles(key: string, matches: (p: SiteFeature['properties']) => boolean): SiteTiles {
      const found = kept.get(key)
      if (found) {
        kept.delete(key)
        kept.set(key, found)
        return found
      }
      const tiles = siteTiles(
        sites.filter((s) => matches(s.properties)),
        sectors,
      )
      kept.set(key, tiles)
      held += tiles.count
      maxSites ??= sites.filter((s) => s.properties.location_precision !== 'district').length / 2
      for (const [oldKey, old] of kept) {
        if (oldKey === key || (kept.size <= maxIndexes && held <= maxSites)) break
        kept.delete(oldKey)
        held -= old.count
      }
      return tiles
    },
    /** Filtered indexes kept now, and the sites they hold (for tests and the bench). */
    get size() {
      return { indexes: kept.size, sites: held }
    },
  }
}

export type FilteredSiteTiles = ReturnType<typeof filteredSiteTiles>
