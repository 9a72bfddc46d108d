import type {
  AccessResult,
  ChainCompletenessResult,
  WithinResult,
} from '../../../api/domain/index.ts'

/** The measures compared side by side, in display order (keys are also GeoJSON properties). */
export const COMPARE_MEASURES = [
  'within_total',
  'within_sites',
  'within_parks',
  'chain_score',
  'chain_present_links',
  'port_km',
  'airport_km',
  'rail_station_km',
  'park_km',
] as const
export type CompareMeasure = (typeof COMPARE_MEASURES)[number]

/**
 * The comparable numbers of one candidate from its radius, chain and access results
 * (a measure is null while its result is loading or when there is no such destination).
 *
 * @example compareValues(within, chain, access).within_total // 12
 */
export function compareValues(
  within: WithinResult | undefined,
  chain: ChainCompletenessResult | undefined,
  access: AccessResult | undefined,
): Record<CompareMeasure, number | null> {
  return {
    within_total: within?.total ?? null,
    within_sites: within ? within.items.filter((i) => i.type === 'site').length : null,
    within_parks: within ? within.items.filter((i) => i.type === 'park').length : null,
    chain_score: chain?.score ?? null,
    chain_present_links: chain?.present_links ?? null,
    port_km: access?.port?.distance_km ?? null,
    airport_km: access?.airport?.distance_km ?? null,
    rail_station_km: access?.rail_station?.distance_km ?? null,
    park_km: access?.park?.distance_km ?? null,
  }
}

/** Which candidate is best on a measure: most places / highest score, shortest distance. */
export function bestIndex(values: ReadonlyArray<number | null>, measure: CompareMeasure): number {
  const higherIsBetter = measure.startsWith('within') || measure.startsWith('chain')
  let best = -1
  values.forEach((v, i) => {
    if (v === null) return
    const current = best < 0 ? null : (values[best] ?? null)
    if (current === null || (higherIsBetter ? v > current : v < current)) best = i
  })
  return values.filter((v) => v !== null && v === values[best]).length > 1 ? -1 : best
}
