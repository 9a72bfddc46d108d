import { MapLayer, MapSource } from '../../map/overlay/map-declarations.tsx'
import { OVERLAY_SLOTS } from '../../map/style/layers.ts'
import { SEARCH_MARKER_LAYER, SEARCH_MARKER_SOURCE, searchMarkerStore } from './search-marker.ts'

/** Declares the chosen search point on the map (place it inside `<MapView>`). */
export function SearchMarkerLayer() {
  const marker = searchMarkerStore.use()
  if (!marker) return null
  return (
    <>
      <MapSource id={SEARCH_MARKER_SOURCE} data={marker} />
      <MapLayer layer={SEARCH_MARKER_LAYER} beforeId={OVERLAY_SLOTS.aboveSites} />
    </>
  )
}
