import type { Sector } from '../../../api/domain/index.ts'
import { sectorTree } from '../../../api/domain/sector-tree.ts'
import { queryString } from '../../lib/url/url-part.ts'

/**
 * The sector ids that stay on when an embed lists `sectors=a,b`: the listed sectors and their
 * sub-sectors (each sector switches alone, so a listed field's parent stays off).
 */
export function sectorsOn(listed: readonly string[], sectors: readonly Sector[]): Set<string> {
  const tree = sectorTree(sectors)
  const known = listed.filter((id) => tree.get(id))
  return new Set(known.flatMap((id) => [...tree.descendants(id)]))
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
  return queryString(params)
}
