/** Decimal places a distance keeps where it is written out — lists and exports (10 m). */
export const DISTANCE_DECIMALS = 2

const FACTOR = 10 ** DISTANCE_DECIMALS

/**
 * A distance (km) rounded to `DISTANCE_DECIMALS`; null (not measured) stays null.
 * @example roundKm(43.19925458638718) // 43.2
 */
export function roundKm<T extends number | null>(distanceKm: T): T {
  return (distanceKm === null ? null : Math.round(distanceKm * FACTOR) / FACTOR) as T
}
