import type { LngLat } from '../../domain/index.ts'
import { roundPosition } from '../../domain/round-coordinates.ts'

/** A coordinate written in a text, as written and as `[lng, lat]`. */
export interface WrittenCoordinate {
  text: string
  position: LngLat
}

/** `39°05′21″N 117°04′49″E`, `39°1′49.87″N 117°43′8.40″E`, `38.909°N 117.762°E`. */
const DEGREES = new RegExp(
  String.raw`(\d{1,3}(?:\.\d+)?)°(?:(\d{1,2})′)?(?:(\d{1,2}(?:\.\d+)?)″)?\s*([NS])[\s,]*` +
    String.raw`(\d{1,3}(?:\.\d+)?)°(?:(\d{1,2})′)?(?:(\d{1,2}(?:\.\d+)?)″)?\s*([EW])`,
  'g',
)
/** `38.738256, 117.714095` (lat, lng as sources write them) or `117.714095, 38.738256`. */
const DECIMAL_PAIR = /(?<![\d.])(\d{2,3}\.\d{3,}),\s*(\d{2,3}\.\d{3,})(?![\d.])/g

const degrees = (d?: string, m?: string, s?: string) =>
  Number(d ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600

/** Around Tianjin: where a bare number pair is taken for a coordinate. */
const isTianjinish = ([lng, lat]: LngLat) => lng > 115 && lng < 120 && lat > 37 && lat < 42

/**
 * The coordinates a text writes: degrees with hemispheres (`39°05′21″N 117°04′49″E`,
 * `38.909°N 117.762°E`) and bare decimal pairs near Tianjin (`38.738256, 117.714095`, either
 * order), rounded to 6 decimals.
 * @example writtenCoordinates('at 39°05′21″N 117°04′49″E')[0]?.position // [117.080278, 39.089167]
 */
export function writtenCoordinates(text: string): WrittenCoordinate[] {
  const found: WrittenCoordinate[] = []
  for (const m of text.matchAll(DEGREES)) {
    const lat = degrees(m[1], m[2], m[3]) * (m[4] === 'S' ? -1 : 1)
    const lng = degrees(m[5], m[6], m[7]) * (m[8] === 'W' ? -1 : 1)
    found.push({ text: m[0], position: roundPosition([lng, lat]) })
  }
  for (const m of text.matchAll(DECIMAL_PAIR)) {
    const a = Number(m[1])
    const b = Number(m[2])
    const position = roundPosition(a <= 90 ? [b, a] : [a, b])
    if (isTianjinish(position)) found.push({ text: m[0], position })
  }
  return found
}
