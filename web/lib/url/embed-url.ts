import { queryString } from './url-part.ts'
import { CORE_VIEW_URL, type ViewState } from './view-url.ts'

/**
 * The public embed page's URL contract, shared by the embed itself and the main app's
 * "Embed this map" dialog. The embed shows the core view (camera, language, sector toggles,
 * filters, selection), so links to and from it carry exactly that.
 */

/** How the embed shows the places: the map canvas, or an accessible table. */
export type EmbedMode = 'map' | 'list'

/** The `view=` parameter: `list` or (default) `map`. */
export function parseEmbedMode(search: string): EmbedMode {
  return new URLSearchParams(search).get('view') === 'list' ? 'list' : 'map'
}

/** `search` with `view=` set to `mode` (`map`, the default, is left out). */
export function withEmbedMode(search: string, mode: EmbedMode): string {
  const params = new URLSearchParams(search)
  if (mode === 'list') params.set('view', 'list')
  else params.delete('view')
  return queryString(params)
}

/** The main app at the same view (`<origin>/?lang=…&c=…`). */
export function fullMapUrl(origin: string, view: ViewState): string {
  return `${origin}/${CORE_VIEW_URL.serialize(view)}`
}

/** The embed page at the same view (`<origin>/embed?lang=…&c=…`), optionally in list mode. */
export function embedPageUrl(origin: string, view: ViewState, mode: EmbedMode = 'map'): string {
  return `${origin}/embed${withEmbedMode(CORE_VIEW_URL.serialize(view), mode)}`
}
