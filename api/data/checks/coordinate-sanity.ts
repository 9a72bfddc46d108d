import type { LngLat } from '../../domain/index.ts'

/**
 * Generous box around Tianjin, [minLng, minLat, maxLng, maxLat] (the municipality spans about
 * 116.7–118.1 E, 38.5–40.3 N). Outside it a coordinate is a typo or `[lat, lng]` swapped.
 */
export const TIANJIN_SANITY_BBOX = [116.4, 38.3, 118.4, 40.5] as const

function inBox(lng: number, lat: number): boolean {
  const [minLng, minLat, maxLng, maxLat] = TIANJIN_SANITY_BBOX
  return lng >= minLng && lng <= maxLng && lat >= minLat && lat <= maxLat
}

/** Why `position` cannot be a Tianjin `[lng, lat]`, or `undefined` when it can. */
export function lngLatProblem(position: LngLat): string | undefined {
  const [lng, lat] = position
  if (inBox(lng, lat)) return undefined
  if (inBox(lat, lng)) return 'looks like [lat, lng]; GeoJSON positions are [lng, lat]'
  return 'is far outside Tianjin (116.4–118.4 E, 38.3–40.5 N)'
}

/** Number of decimal places as written, e.g. `117.123` → 3, `1e-7` → 7. */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent] = String(value).split('e')
  const fraction = mantissa.split('.')[1]?.length ?? 0
  return Math.max(0, fraction - Number(exponent ?? 0))
}
