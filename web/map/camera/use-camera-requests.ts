import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { PlaceIndex } from '../../lib/places/place-index.ts'
import type { LiveMode } from '../map-mode.ts'
import { SITE_FOCUS_ZOOM } from '../sources/sources.ts'
import { panelPadding } from './camera.ts'
import { type CameraPadding, type CameraRequest, useCameraRequest } from './camera-requests.ts'

function resolvePadding(padding: CameraPadding, map: MapLibreMap) {
  const { clientWidth, clientHeight } = map.getContainer()
  return typeof padding === 'function' ? padding(clientWidth, clientHeight) : padding
}

/**
 * Carries out camera requests. The app flies, leaving room for its panels; the embed (no side
 * panels, often scrolled past) jumps with an even padding. A place asked for before the places
 * have loaded (e.g. a tour stop in the opening URL) waits for them.
 */
export function useCameraRequests(
  map: MapLibreMap | null,
  places: PlaceIndex | null,
  mode: LiveMode,
): void {
  const latest = useCameraRequest()
  const handled = useRef(0)
  useEffect(() => {
    if (!map || !latest || latest.id <= handled.current) return
    if (latest.request.kind === 'focus' && !places) return
    handled.current = latest.id
    move(map, latest.request, places, mode)
  }, [map, places, latest, mode])
}

function move(
  map: MapLibreMap,
  request: CameraRequest,
  places: PlaceIndex | null,
  mode: LiveMode,
): void {
  const width = map.getContainer().clientWidth
  if (request.kind === 'fit') {
    const [w, s, e, n] = request.bounds
    map.fitBounds([w, s, e, n], {
      padding: resolvePadding(request.padding, map),
      maxZoom: request.maxZoom,
      duration: request.durationMs,
    })
    return
  }
  const place = places?.get(`${request.target.kind}:${request.target.id}`)
  if (!place) return
  const [west, south, east, north] = place.bbox
  const zoom = request.maxZoom ?? Math.max(map.getZoom(), SITE_FOCUS_ZOOM)
  if (mode === 'cooperative') {
    if (place.point) map.jumpTo({ center: place.point, zoom })
    else map.fitBounds([west, south, east, north], { padding: 48, maxZoom: 13, animate: false })
    return
  }
  const padding = request.padding ? resolvePadding(request.padding, map) : panelPadding(width)
  if (place.point) map.flyTo({ center: place.point, zoom, padding, essential: true })
  else {
    const maxZoom = request.maxZoom ?? 14
    map.fitBounds([west, south, east, north], { padding, maxZoom, essential: true })
  }
}
