import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { PlaceIndex } from '../../lib/places/place-index.ts'
import { focusBus } from '../../map/focus-bus.ts'
import { SITE_FOCUS_ZOOM } from '../../map/sources.ts'

const PADDING_PX = 48

/**
 * Brings places asked for on the focus bus into view. Like the main app's focus requests, but
 * with an even padding: the embed has no side panels.
 */
export function useEmbedFocus(map: MapLibreMap | null, places: PlaceIndex | null): void {
  const placesRef = useRef(places)
  placesRef.current = places
  useEffect(() => {
    if (!map) return
    return focusBus.subscribe((target) => {
      const place = placesRef.current?.get(`${target.kind}:${target.id}`)
      if (!place) return
      if (place.point) {
        map.jumpTo({ center: place.point, zoom: Math.max(map.getZoom(), SITE_FOCUS_ZOOM) })
        return
      }
      const [west, south, east, north] = place.bbox
      map.fitBounds([west, south, east, north], {
        padding: PADDING_PX,
        maxZoom: 13,
        animate: false,
      })
    })
  }, [map])
}
