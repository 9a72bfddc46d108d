import gcoord from 'gcoord'
import type { Crs } from '../domain/crs.ts'
import type { LngLat } from '../domain/index.ts'

const GCOORD: Record<Crs, Parameters<typeof gcoord.transform>[1]> = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
}

/** Degrees rounded to 6 decimals (~0.1 m), as the geodata stores them. */
function round6([lng, lat]: readonly number[]): LngLat {
  return [Number((lng ?? Number.NaN).toFixed(6)), Number((lat ?? Number.NaN).toFixed(6))]
}

/**
 * `[lng, lat]` in degrees of `crs` → WGS84 degrees (6 decimals), with gcoord; within China the
 * GCJ-02 and BD-09 offsets (hundreds of metres) are removed, outside China they are zero.
 * Round trip WGS84 → GCJ-02 → WGS84 stays under 0.1 m around Tianjin (tested).
 * @example toWgs84([117.206301, 39.101017], 'gcj02') // ≈ [117.2, 39.1]
 */
export function toWgs84(position: LngLat, crs: Crs): LngLat {
  if (crs === 'wgs84') return round6(position)
  return round6(gcoord.transform([position[0], position[1]], GCOORD[crs], gcoord.WGS84))
}

/**
 * WGS84 `[lng, lat]` → the same place in `crs` degrees (6 decimals), e.g. to paste into a
 * Chinese map app that expects GCJ-02.
 * @example fromWgs84([117.2, 39.1], 'gcj02') // [117.206301, 39.101017]
 */
export function fromWgs84(position: LngLat, crs: Crs): LngLat {
  if (crs === 'wgs84') return round6(position)
  return round6(gcoord.transform([position[0], position[1]], gcoord.WGS84, GCOORD[crs]))
}

/**
 * The text "copy as GCJ-02" puts on the clipboard: `lng,lat` in GCJ-02, 6 decimals, the order
 * Amap's and Tencent's search boxes accept.
 * @example gcj02Text([117.2, 39.1]) // "117.206301,39.101017"
 */
export function gcj02Text(position: LngLat): string {
  const [lng, lat] = fromWgs84(position, 'gcj02')
  return `${lng.toFixed(6)},${lat.toFixed(6)}`
}
