import type { Sector } from '../../../api/domain/index.ts'
import { serializeViewUrl, type ViewState } from '../../lib/url/view-url.ts'

/** How the embed shows the places: the map canvas, or an accessible table. */
export type EmbedMode = 'map' | 'list'

/**
 * The sector ids that stay on when an embed lists `sectors=a,b`: the listed sectors, their
 * sub-sectors and their parents (a sub-sector only shows while its parent is on).
 */
export function sectorsOn(listed: readonly string[], sectors: readonly Sector[]): Set<string> {
  const on = new Set(listed.filter((id) => sectors.some((s) => s.id === id)))
  for (const sector of sectors) {
    if (sector.parent_id && on.has(sector.parent_id)) on.add(sector.id)
  }
  for (const sector of sectors) {
    if (on.has(sector.id) && sector.parent_id) on.add(sector.parent_id)
  }
  return on
}

/**
 * Rewrites the embed's own shorthands into the main app's URL format (`web/lib/url/view-url.ts`),
 * keeping every other parameter:
 * - `c=lng,lat,zoom` → `c=lng,lat&z=zoom`;
 * - `sectors=a,b` (the sectors to show) → `off=` (the sectors to hide).
 *
 * @example normaliseEmbedSearch('?c=117.2,39.1,9', []) // '?c=117.2,39.1&z=9'
 */
export function normaliseEmbedSearch(search: string, sectors: readonly Sector[]): string {
  const params = new URLSearchParams(search)
  const parts = (params.get('c') ?? '').split(',')
  if (parts.length === 3 && !params.has('z')) {
    params.set('c', `${parts[0]},${parts[1]}`)
    params.set('z', parts[2] ?? '')
  }
  const listed = params.get('sectors')
  if (listed !== null && sectors.length > 0) {
    const on = sectorsOn(listed.split(','), sectors)
    const off = sectors.filter((s) => !on.has(s.id)).map((s) => s.id)
    params.delete('sectors')
    if (off.length > 0) params.set('off', off.sort().join(','))
    else params.delete('off')
  }
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return query ? `?${query}` : ''
}

/** The `view=` parameter: `list` or (default) `map`. */
export function parseEmbedMode(search: string): EmbedMode {
  return new URLSearchParams(search).get('view') === 'list' ? 'list' : 'map'
}

/** `search` with `view=` set to `mode` (`map`, the default, is left out). */
export function withEmbedMode(search: string, mode: EmbedMode): string {
  const params = new URLSearchParams(search)
  if (mode === 'list') params.set('view', 'list')
  else params.delete('view')
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return query ? `?${query}` : ''
}

/** The main app at the same view (`<origin>/?lang=…&c=…`). */
export function fullMapUrl(origin: string, view: ViewState): string {
  return `${origin}/${serializeViewUrl(view)}`
}

/** The embed page at the same view (`<origin>/embed?lang=…&c=…`), optionally in list mode. */
export function embedPageUrl(origin: string, view: ViewState, mode: EmbedMode = 'map'): string {
  return `${origin}/embed${withEmbedMode(serializeViewUrl(view), mode)}`
}
