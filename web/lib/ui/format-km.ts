import type { Lang } from '../i18n/lang.ts'

/**
 * A distance as the lists show it: two decimals (10 m), with the unit.
 *
 * @example formatKm(12.3456, 'en') // '12.35 km'
 */
export function formatKm(distanceKm: number, lang: Lang): string {
  return `${distanceKm.toFixed(2)} ${lang === 'zh' ? '公里' : 'km'}`
}

/** `[lng, lat]` with 4 decimals (~10 m), e.g. `117.2000, 39.1300`. */
export function formatLngLat(at: readonly [number, number]): string {
  return `${at[0].toFixed(4)}, ${at[1].toFixed(4)}`
}

/** 0.4 → `40%`. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}
