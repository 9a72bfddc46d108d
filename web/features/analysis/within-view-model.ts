import type {
  LngLat,
  LocationPrecision,
  PlaceHit,
  PlaceType,
  WithinResult,
} from '../../../api/domain/index.ts'
import type { PlaceLookup } from './place-facts.ts'

/** One listed place: the API hit plus precision and investment. */
export interface ResultRow {
  type: PlaceType
  id: string
  name_zh: string
  name_en: string
  sectors: readonly string[]
  districtCode: string
  position: LngLat
  distanceKm: number
  precision: LocationPrecision | null
  investmentCny100m: number | null
}

export interface SectorGroup {
  /** The places' primary sector (their first tag); each place is listed once. */
  sector: string
  rows: ResultRow[]
}

export interface SectorSummary {
  sector: string
  sites: number
  parks: number
  /** Sum of the known investments of the sector's sites in the radius, 亿元. */
  investmentCny100m: number
  /** How many of its sites have a known investment. */
  investmentKnown: number
}

export interface WithinViewModel {
  center: LngLat
  radiusKm: number
  total: number
  groups: SectorGroup[]
  summary: SectorSummary[]
  investmentCny100m: number
  /** Listed places placed only at a district representative point (distances indicative). */
  districtLevelCount: number
}

/** An API hit with the facts the lists show next to it. */
export function toResultRow(hit: PlaceHit, lookup: PlaceLookup): ResultRow {
  const facts = lookup(hit.type, hit.id)
  return {
    type: hit.type,
    id: hit.id,
    name_zh: hit.name_zh,
    name_en: hit.name_en,
    sectors: hit.sectors,
    districtCode: hit.district_code,
    position: hit.position,
    distanceKm: hit.distance_km,
    precision: facts?.precision ?? null,
    investmentCny100m: facts?.investmentCny100m ?? null,
  }
}

/**
 * What the radius tab shows: the API's hits grouped by primary sector (groups in
 * `sectorOrder`, rows nearest first), and per-sector counts (a place counts in each of its
 * sectors, as in the API's `by_sector`) with the investment known for them.
 */
export function withinViewModel(
  result: WithinResult,
  lookup: PlaceLookup,
  sectorOrder: readonly string[],
): WithinViewModel {
  const rows = result.items.map((hit) => toResultRow(hit, lookup))
  const rank = (sector: string) => {
    const i = sectorOrder.indexOf(sector)
    return i < 0 ? sectorOrder.length : i
  }
  const bySector = new Map<string, ResultRow[]>()
  for (const row of rows) {
    const sector = row.sectors[0] ?? ''
    bySector.set(sector, [...(bySector.get(sector) ?? []), row])
  }
  const groups = [...bySector.entries()]
    .map(([sector, list]) => ({ sector, rows: list }))
    .sort((a, b) => rank(a.sector) - rank(b.sector) || a.sector.localeCompare(b.sector))
  const summary = result.by_sector.map((count) => {
    const invested = rows.filter(
      (r) => r.type === 'site' && r.investmentCny100m !== null && r.sectors.includes(count.sector),
    )
    return {
      ...count,
      investmentCny100m: sum(invested.map((r) => r.investmentCny100m ?? 0)),
      investmentKnown: invested.length,
    }
  })
  return {
    center: result.center,
    radiusKm: result.radius_km,
    total: result.total,
    groups,
    summary,
    investmentCny100m: sum(rows.map((r) => r.investmentCny100m ?? 0)),
    districtLevelCount: rows.filter((r) => r.precision === 'district').length,
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
