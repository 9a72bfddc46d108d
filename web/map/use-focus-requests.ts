import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { PlaceIndex } from '../features/search/place-index.ts'
import { focusBus } from '../state/focus-bus.ts'
import { panelPadding } from './camera.ts'
import { SITE_FOCUS_ZOOM } from './sources.ts'

/** Flies to places asked for on the focus bus: points close enough to leave their cluster. */
export function useFocusRequests(map: MapLibreMap | null, places: PlaceIndex | null): void {
  const placesRef = useRef(places)
  placesRef.current = places
  useEffect(() => {
    if (!map) return
    return focusBus.subscribe((target) => {
      const place = placesRef.current?.get(`${target.kind}:${target.id}`)
      if (!place) return
      const padding = panelPadding(map.getContainer().clientWidth)
      if (place.point) {
        map.flyTo({
          center: place.point,
          zoom: Math.max(map.getZoom(), SITE_FOCUS_ZOOM),
          padding,
          essential: true,
        })
      } else {
        const [west, south, east, north] = place.bbox
        map.fitBounds([west, south, east, north], { padding, maxZoom: 14, essential: true })
      }
    })
  }, [map])
}
