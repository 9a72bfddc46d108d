/** A WGS84 position typed into search, `[lng, lat]` in degrees. */
export type TypedPoint = [lng: number, lat: number]

const NUMBER = String.raw`[-+]?\d{1,3}(?:\.\d+)?`
const PART = new RegExp(String.raw`^\s*([NSEW])?\s*(${NUMBER})\s*°?\s*([NSEW])?\s*$`, 'i')

interface Part {
  value: number
  /** `lat` for N/S, `lng` for E/W, null without a letter. */
  axis: 'lat' | 'lng' | null
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text)
  if (!m) return null
  const [, before, number = '', after] = m
  if (before && after) return null
  const letter = (before ?? after ?? '').toUpperCase()
  const sign = letter === 'S' || letter === 'W' ? -1 : 1
  const axis = letter === '' ? null : letter === 'N' || letter === 'S' ? 'lat' : 'lng'
  return { value: sign * Number(number), axis }
}

/**
 * Reads a WGS84 position typed as two decimal numbers: `117.2, 39.13`, `117.2 39.13`,
 * `39.13, 117.2`, `39.13°N 117.2°E`. Letters (N/S/E/W) decide which is which; without them the
 * number beyond ±90 is the longitude, and when both could be latitudes the order is
 * longitude, latitude (as in the map's links). Null for anything else or out of range.
 *
 * @example parseCoordinates('117.2, 39.13') // [117.2, 39.13]
 * @example parseCoordinates('39.13N 117.2E') // [117.2, 39.13]
 */
export function parseCoordinates(text: string): TypedPoint | null {
  const pieces = text
    .trim()
    .split(/\s*[,，;；]\s*|\s+(?=[-+]?\d|[NSEW]\s*\d)/i)
    .filter((p) => p !== '')
  if (pieces.length !== 2) return null
  const [a, b] = pieces.map(parsePart)
  if (!a || !b) return null
  let lng: number
  let lat: number
  if (a.axis || b.axis) {
    if (a.axis && b.axis && a.axis === b.axis) return null
    const aIsLat = a.axis === 'lat' || b.axis === 'lng'
    ;[lat, lng] = aIsLat ? [a.value, b.value] : [b.value, a.value]
  } else if (Math.abs(a.value) <= 90 && Math.abs(b.value) > 90) {
    ;[lat, lng] = [a.value, b.value]
  } else {
    ;[lng, lat] = [a.value, b.value]
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null
  return [lng, lat]
}
