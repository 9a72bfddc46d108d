import type { LayerSpecification } from 'maplibre-gl'
import { createStore } from '../../lib/stores/create-store.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'

/** Where a chosen search result without a selection of its own is (infrastructure, a point). */
export const searchMarkerStore = createStore<GeoJSON.Feature<GeoJSON.Point> | null>(null)

export const SEARCH_MARKER_SOURCE = 'search-marker'

/** A ring with a white halo around the chosen point. */
export const SEARCH_MARKER_LAYER: LayerSpecification = {
  id: 'search-marker',
  type: 'circle',
  source: SEARCH_MARKER_SOURCE,
  paint: {
    'circle-radius': 11,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': MAP_COLORS.selected,
    'circle-stroke-width': 3,
  },
}

/** Marks `[lng, lat]` on the map until another result is chosen or the search is cleared. */
export function markPoint(at: [number, number] | undefined): void {
  searchMarkerStore.set(
    at ? { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: at } } : null,
  )
}
