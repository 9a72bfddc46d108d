import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl'
import type { Camera } from '../../lib/url/view-url.ts'

/** Tianjin's extent (bbox of `geodata/outline.geojson`), the default view. */
export const TIANJIN_BOUNDS: [[number, number], [number, number]] = [
  [116.7, 38.48],
  [118.06, 40.26],
]

/**
 * How far the view may reach, `[west, south, east, north]`: the region the basemap's land and
 * sea cover (`geodata/region.geojson`, 104–131 °E, 30–47 °N). MapLibre keeps the whole viewport
 * inside `maxBounds`, so no edge of the data ever shows, whatever the size of the window.
 */
export const PAN_BOUNDS_BOX: readonly [number, number, number, number] = [104, 30, 131, 47]

/** The farthest the map zooms out (all of Tianjin fits a 480 px high embed at about 6.9). */
export const MIN_ZOOM = 6.5

/** `PAN_BOUNDS_BOX` as MapLibre's `maxBounds`. */
export const PAN_BOUNDS: LngLatBoundsLike = [
  [PAN_BOUNDS_BOX[0], PAN_BOUNDS_BOX[1]],
  [PAN_BOUNDS_BOX[2], PAN_BOUNDS_BOX[3]],
]

/** The map's current camera. */
export function cameraOf(map: MapLibreMap): Camera {
  const { lng, lat } = map.getCenter()
  return { center: [lng, lat], zoom: map.getZoom() }
}

/** Padding of the first view, leaving room for the header and the layer panel. */
export function initialPadding(width: number): {
  top: number
  bottom: number
  left: number
  right: number
} {
  if (width < 720) return { top: 110, bottom: 70, left: 12, right: 12 }
  return { top: 80, bottom: 24, left: 330, right: 24 }
}

/** Room taken by the panels over the map, so that focused features are not hidden. */
export function panelPadding(width: number): {
  top: number
  bottom: number
  left: number
  right: number
} {
  if (width < 720)
    return { top: 120, bottom: Math.round(window.innerHeight * 0.5), left: 24, right: 24 }
  return { top: 90, bottom: 40, left: 360, right: 440 }
}
