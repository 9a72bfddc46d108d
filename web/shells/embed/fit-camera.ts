import type { Camera } from '../../lib/url/view-url.ts'

const TILE_PX = 512

const mercatorX = (lng: number) => (lng + 180) / 360
const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2
}
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI

/** Room to leave on each side, in pixels (one number for all four). */
export type FitPadding = number | { top: number; right: number; bottom: number; left: number }

/**
 * The camera that fits `[[west, south], [east, north]]` (degrees) in a viewport of
 * `widthPx` × `heightPx` leaving `padding` free (Web Mercator, MapLibre's 512 px tiles): the
 * bounds fill the rest, centred in it.
 *
 * @example fitCamera([[116.7, 38.48], [118.06, 40.26]], 960, 600, 24).zoom // 7.4
 */
export function fitCamera(
  bounds: [[number, number], [number, number]],
  widthPx: number,
  heightPx: number,
  padding: FitPadding,
): Camera {
  const p =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding
  const [[west, south], [east, north]] = bounds
  const x0 = mercatorX(west)
  const x1 = mercatorX(east)
  const y0 = mercatorY(north)
  const y1 = mercatorY(south)
  const usableW = Math.max(widthPx - p.left - p.right, 1)
  const usableH = Math.max(heightPx - p.top - p.bottom, 1)
  const rawZoom = Math.log2(
    Math.min(usableW / (TILE_PX * (x1 - x0)), usableH / (TILE_PX * (y1 - y0))),
  )
  const zoom = Math.floor(rawZoom * 100) / 100
  const worldPx = TILE_PX * 2 ** zoom
  // The bounds' centre sits in the middle of the free area: shift the camera the other way.
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / worldPx
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / worldPx
  return { center: [cx * 360 - 180, latOf(cy)], zoom }
}
