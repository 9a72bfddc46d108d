/** Earth's equatorial circumference in metres (Web Mercator's sphere). */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686
/** MapLibre's tile size in CSS pixels. */
const TILE_PX = 512

/**
 * Metres per CSS pixel at `lat` (degrees) on a Web Mercator map at `zoom`.
 *
 * @example metersPerPixel(0, 0) // 78271.517 (the equator at zoom 0)
 */
export function metersPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_PX * 2 ** zoom)
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ m) that fits in `maxWidthPx` at `mPerPx`
 * metres per pixel, and its width in pixels.
 *
 * @example scaleBar(20, 150) // { meters: 2000, widthPx: 100 }
 */
export function scaleBar(mPerPx: number, maxWidthPx: number): { meters: number; widthPx: number } {
  const most = mPerPx * maxWidthPx
  const power = 10 ** Math.floor(Math.log10(most))
  const step = [5, 2, 1].find((f) => f * power <= most) ?? 1
  const meters = step * power
  return { meters, widthPx: meters / mPerPx }
}

/** A scale bar as drawn: its length on the image (px) and what it measures ("5 km"). */
export interface ScaleBarSpec {
  widthPx: number
  label: string
}
