/**
 * The `q`-quantile (0–1) of `values`: the value at index ⌊q·n⌋ of the sorted copy (the last
 * for q = 1); NaN for no values.
 *
 * @example
 * quantile([30, 10, 20, 40], 0.5) // 30
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

/** The median of `values` as `quantile(values, 0.5)`: the upper middle of an even count. */
export const median = (values: readonly number[]): number => quantile(values, 0.5)
