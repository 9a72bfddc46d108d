import type { Camera } from '../../lib/url/view-url.ts'

const TILE_PX = 512

const mercatorX = (lng: number) => (lng + 180) / 360
const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2
}
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI

/**
 * The camera that fits `[[west, south], [east, north]]` (degrees) in a viewport of
 * `widthPx` × `heightPx` with `paddingPx` on every side (Web Mercator, MapLibre's 512 px tiles).
 *
 * @example fitCamera([[116.7, 38.48], [118.06, 40.26]], 960, 600, 24).zoom // 7.4
 */
export function fitCamera(
  bounds: [[number, number], [number, number]],
  widthPx: number,
  heightPx: number,
  paddingPx: number,
): Camera {
  const [[west, south], [east, north]] = bounds
  const x0 = mercatorX(west)
  const x1 = mercatorX(east)
  const y0 = mercatorY(north)
  const y1 = mercatorY(south)
  const usableW = Math.max(widthPx - 2 * paddingPx, 1)
  const usableH = Math.max(heightPx - 2 * paddingPx, 1)
  const zoom = Math.log2(Math.min(usableW / (TILE_PX * (x1 - x0)), usableH / (TILE_PX * (y1 - y0))))
  return {
    center: [((x0 + x1) / 2) * 360 - 180, latOf((y0 + y1) / 2)],
    zoom: Math.round(zoom * 100) / 100,
  }
}
