import type { Lang } from '../i18n/lang.ts'

/**
 * A distance with its unit: two decimals (10 m) in the analysis lists, one in profiles,
 * comparisons and briefs. A distance the data cannot give (`null`: a place known only by
 * district, or a park's own member) reads "distance unknown", never a number.
 *
 * @example formatKm(12.3456, 'en') // '12.35 km'
 * @example formatKm(12.3456, 'zh', 1) // '12.3 公里'
 * @example formatKm(null, 'en') // 'distance unknown'
 */
export function formatKm(distanceKm: number | null, lang: Lang, decimals = 2): string {
  if (distanceKm === null) return lang === 'zh' ? '距离未知' : 'distance unknown'
  return `${distanceKm.toFixed(decimals)} ${lang === 'zh' ? '公里' : 'km'}`
}

/** `[lng, lat]` with 4 decimals (~10 m), e.g. `117.2000, 39.1300`. */
export function formatLngLat(at: readonly [number, number]): string {
  return `${at[0].toFixed(4)}, ${at[1].toFixed(4)}`
}

/** 0.4 → `40%`. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}
