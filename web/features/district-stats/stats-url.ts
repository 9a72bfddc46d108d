import type { UrlPart } from '../../lib/url/url-part.ts'
import type { StatsMeasure } from './choropleth.ts'

/** The district choropleth when switched on: what it measures, over which sector. */
export interface StatsView {
  measure: StatsMeasure
  /** A sector id, or null for all sectors. */
  sector: string | null
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `stats=sites|investment` (the layer is on) and `stats_sector=<id>`; null when off.
 *
 * @example parseStatsParams(new URLSearchParams('stats=sites&stats_sector=wind')) // { measure: 'sites', sector: 'wind' }
 */
export function parseStatsParams(params: URLSearchParams): StatsView | null {
  const measure = params.get('stats')
  if (measure !== 'sites' && measure !== 'investment') return null
  const sector = params.get('stats_sector')
  return { measure, sector: sector && ID.test(sector) ? sector : null }
}

export function writeStatsParams(params: URLSearchParams, view: StatsView | null | undefined) {
  params.delete('stats')
  params.delete('stats_sector')
  if (!view) return
  params.set('stats', view.measure)
  if (view.sector) params.set('stats_sector', view.sector)
}

declare module '../../lib/url/url-part.ts' {
  interface ViewParts {
    /** The district choropleth, when on. */
    districtStats: StatsView
  }
}

/** The choropleth's part of the view URL. */
export const STATS_URL: UrlPart<'districtStats'> = {
  key: 'districtStats',
  params: ['stats', 'stats_sector'],
  parse: parseStatsParams,
  write: writeStatsParams,
}
