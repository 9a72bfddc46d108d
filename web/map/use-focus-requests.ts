import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import type { PlaceIndex } from '../lib/places/place-index.ts'
import type { Selection } from '../lib/url/view-url.ts'
import { panelPadding } from './camera.ts'
import { focusBus } from './focus-bus.ts'
import { SITE_FOCUS_ZOOM } from './sources.ts'

/** Flies to places asked for on the focus bus: points close enough to leave their cluster. */
export function useFocusRequests(map: MapLibreMap | null, places: PlaceIndex | null): void {
  const placesRef = useRef(places)
  placesRef.current = places
  // A request made before the places have loaded (e.g. a tour stop in the opening URL) waits.
  const waiting = useRef<Selection | null>(null)
  const [waitingVersion, setWaitingVersion] = useState(0)
  useEffect(() => {
    if (!map) return
    return focusBus.subscribe((target) => {
      if (!placesRef.current) {
        waiting.current = target
        setWaitingVersion((n) => n + 1)
        return
      }
      const place = placesRef.current.get(`${target.kind}:${target.id}`)
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-runs when a request starts waiting
  useEffect(() => {
    const target = waiting.current
    if (!map || !places || !target) return
    waiting.current = null
    focusBus.request(target)
  }, [map, places, waitingVersion])
}
