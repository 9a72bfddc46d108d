import type {
  DistrictRef,
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
  /** Where it is drawn; null when only its district is known. */
  position: LngLat | null
  /** Measured distance; null when it cannot be measured (district level, or "in this park"). */
  distanceKm: number | null
  precision: LocationPrecision
  investmentCny100m: number | null
  /** False for a site the browser has no facts for (a tiled map): its investment is unknown here. */
  factsLoaded: boolean
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
  /**
   * How many of its sites the browser has no facts for (a tiled map lists no sites): their
   * investment is unknown here, so the sum is not shown.
   */
  investmentUnloaded: number
}

/** Places known only by district, listed apart (never measured), and their districts. */
export interface DistrictLevelRows {
  districts: readonly DistrictRef[]
  rows: ResultRow[]
}

export interface WithinViewModel {
  center: LngLat
  radiusKm: number
  /** Measured places within the radius. */
  total: number
  groups: SectorGroup[]
  summary: SectorSummary[]
  investmentCny100m: number
  /** The places of the districts the radius touches that are known only by district. */
  districtLevel: DistrictLevelRows
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
    precision: hit.location_precision,
    investmentCny100m: facts?.investmentCny100m ?? null,
    factsLoaded: facts !== undefined,
  }
}

/**
 * What the radius tab shows: the measured hits grouped by primary sector (groups in
 * `sectorOrder`, rows nearest first), per-sector counts (a place counts in each of its
 * sectors, as in the API's `by_sector`) with the investment known for them, and apart the
 * places of the touched districts known only by district.
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
    const unloaded = rows.filter(
      (r) => r.type === 'site' && !r.factsLoaded && r.sectors.includes(count.sector),
    )
    return {
      ...count,
      investmentCny100m: sum(invested.map((r) => r.investmentCny100m ?? 0)),
      investmentKnown: invested.length,
      investmentUnloaded: unloaded.length,
    }
  })
  return {
    center: result.center,
    radiusKm: result.radius_km,
    total: result.total,
    groups,
    summary,
    investmentCny100m: sum(rows.map((r) => r.investmentCny100m ?? 0)),
    districtLevel: {
      districts: result.district_level.districts,
      rows: result.district_level.items.map((hit) => toResultRow(hit, lookup)),
    },
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
