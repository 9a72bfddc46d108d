import type { LngLat } from './geometry.ts'

/** Decimal places a coordinate keeps (~0.1 m): geodata files, URLs and computed anchors. */
export const COORDINATE_DECIMALS = 6

const FACTOR = 10 ** COORDINATE_DECIMALS

/**
 * One coordinate (degrees) rounded to `COORDINATE_DECIMALS` decimals.
 * @example roundCoordinate(117.12345678) // 117.123457
 */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * FACTOR) / FACTOR
}

/**
 * A `[lng, lat]` position rounded to `COORDINATE_DECIMALS` decimals.
 * @example roundPosition([117.12345678, 39.1]) // [117.123457, 39.1]
 */
export function roundPosition(position: readonly number[]): LngLat {
  return [roundCoordinate(position[0] ?? Number.NaN), roundCoordinate(position[1] ?? Number.NaN)]
}
