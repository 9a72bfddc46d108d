/** The layer panel's filters that the site tiles take (null: any). */
export interface SiteTileFilters {
  status: string | null
  plan: string | null
  district: string | null
}

/** In the order the server keys its filtered tiles by. */
const NAMES = ['status', 'plan', 'district'] as const

/**
 * The site tile URL template `tilesUrl` for the sites passing `filters`: the filters set, in
 * one order, so one filter is one URL (and one cached tile); none set, `tilesUrl` itself (the
 * unfiltered tiles and their cache).
 *
 * @example
 * siteTilesUrl('/t/{z}/{x}/{y}.mvt', { status: 'planned', plan: null, district: '120116' })
 * // '/t/{z}/{x}/{y}.mvt?status=planned&district=120116'
 */
export function siteTilesUrl(tilesUrl: string, filters: SiteTileFilters): string {
  const params = new URLSearchParams()
  for (const name of NAMES) {
    const value = filters[name]
    if (value !== null) params.set(name, value)
  }
  const query = params.toString()
  return query === '' ? tilesUrl : `${tilesUrl}?${query}`
}
