import type { LocationPrecision, ParkKind, ParkProperties } from '../../../api/domain/index.ts'

/** The rows of the comparison, top to bottom. */
export const COMPARE_ROWS = [
  'district',
  'kind',
  'level',
  'extent',
  'sectors',
  'sites',
  'chain',
  'port',
  'airport',
  'rail',
  'precision',
] as const
export type CompareRowId = (typeof COMPARE_ROWS)[number]

/** What is compared of one park; `undefined` = still loading, `null` = none / not stated. */
export interface ParkColumn {
  id: string
  district: string
  kind: ParkKind
  level: ParkProperties['level']
  /** What is known of its extent, in the UI language (an area only for a citable outline). */
  extent: string
  sectors: readonly string[]
  siteCount: number | undefined
  /** The chain this park is scored on: the comparison's, or the park's own main chain. */
  chainId: string | null
  /** Chain completeness score (0–1) on `chainId`. */
  chainScore: number | null | undefined
  portKm: number | null | undefined
  airportKm: number | null | undefined
  railKm: number | null | undefined
  /** False when only the park's district is known: its distances are not measured. */
  measured: boolean | undefined
  precision: LocationPrecision
}

const km = (value: number | null | undefined) =>
  value === undefined ? undefined : value === null ? 'none' : value.toFixed(1)

/**
 * The value a row is compared on (rounded as displayed: areas and distances to 0.1);
 * undefined while it is loading.
 */
export function rowKey(column: ParkColumn, row: CompareRowId): string | undefined {
  switch (row) {
    case 'district':
      return column.district
    case 'kind':
      return column.kind
    case 'level':
      return column.level ?? 'none'
    case 'extent':
      return column.extent
    case 'sectors':
      return [...column.sectors].sort().join('+')
    case 'sites':
      return column.siteCount === undefined ? undefined : String(column.siteCount)
    case 'chain':
      return column.chainScore === undefined
        ? undefined
        : `${column.chainId}:${column.chainScore ?? 'none'}`
    case 'port':
      return km(column.portKm)
    case 'airport':
      return km(column.airportKm)
    case 'rail':
      return km(column.railKm)
    case 'precision':
      return column.precision
  }
}

/**
 * Rows whose values differ between the parks compared (none with fewer than two parks, and
 * a row is only judged once every park's value has loaded).
 *
 * @example differingRows([teda, nangang]).has('district') // false: both in Binhai
 */
export function differingRows(columns: readonly ParkColumn[]): Set<CompareRowId> {
  const differs = new Set<CompareRowId>()
  if (columns.length < 2) return differs
  for (const row of COMPARE_ROWS) {
    const keys = columns.map((column) => rowKey(column, row))
    if (keys.some((key) => key === undefined)) continue
    if (new Set(keys).size > 1) differs.add(row)
  }
  return differs
}

/** Rows where one value is better: more sites, higher completeness, shorter distances. */
const BETTER: Partial<Record<CompareRowId, 'max' | 'min'>> = {
  sites: 'max',
  chain: 'max',
  port: 'min',
  airport: 'min',
  rail: 'min',
}

/** The number a row ranks parks by (NaN where there is none). */
function rankValue(column: ParkColumn, row: CompareRowId): number {
  if (row === 'chain') return column.chainScore ?? Number.NaN
  return Number(rowKey(column, row))
}

/**
 * The ids of the parks holding the best value of a row (all of them on a tie), or an empty
 * list when the row has no better value, does not differ, or is still loading. Scores on
 * different chains are not ranked against each other.
 */
export function bestInRow(columns: readonly ParkColumn[], row: CompareRowId): string[] {
  const direction = BETTER[row]
  if (!direction || !differingRows(columns).has(row)) return []
  if (row === 'chain' && new Set(columns.map((c) => c.chainId)).size > 1) return []
  const values = columns.map((column) => rankValue(column, row))
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return []
  const best = direction === 'max' ? Math.max(...finite) : Math.min(...finite)
  return columns.filter((_, i) => values[i] === best).map((column) => column.id)
}
