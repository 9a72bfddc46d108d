import type { Dataset } from '../data/dataset.ts'

/** Sites, parks and stated investment of one district × sector cell. */
export interface DistrictSectorStats {
  district_code: string
  district_name_zh: string
  district_name_en: string
  sector: string
  sector_name_zh: string
  sector_name_en: string
  sites: number
  parks: number
  /** Sum of `investment_cny_100m` (亿元) of the cell's sites that state one. */
  investment_cny_100m: number
  sites_with_investment: number
}

const round = (v: number) => Math.round(v * 1e6) / 1e6

/**
 * Counts of every record kind, and sites/parks/investment by district × sector. A place
 * tagged with several sectors counts in each of them (so cells do not sum to the totals);
 * `by_district` gives per-district totals without double counting.
 *
 * @example
 * computeStats(ds).by_district_sector[0] // { district_code: '120116', sector: 'wind', sites: 5, … }
 */
export function computeStats(ds: Dataset) {
  const districtName = new Map(ds.districts.map((d) => [d.properties.code, d.properties]))
  const sectorName = new Map(ds.sectors.map((s) => [s.id, s]))
  // cells by district, then by sector: no key text per site and sector
  const cells = new Map<string, Map<string, DistrictSectorStats>>()
  const cell = (code: string, sector: string) => {
    let inDistrict = cells.get(code)
    if (!inDistrict) {
      inDistrict = new Map()
      cells.set(code, inDistrict)
    }
    const existing = inDistrict.get(sector)
    if (existing) return existing
    const d = districtName.get(code)
    const s = sectorName.get(sector)
    const created: DistrictSectorStats = {
      district_code: code,
      district_name_zh: d?.name_zh ?? code,
      district_name_en: d?.name_en ?? code,
      sector,
      sector_name_zh: s?.name_zh ?? sector,
      sector_name_en: s?.name_en ?? sector,
      sites: 0,
      parks: 0,
      investment_cny_100m: 0,
      sites_with_investment: 0,
    }
    inDistrict.set(sector, created)
    return created
  }
  const totals = new Map<string, { sites: number; investment: number; withInvestment: number }>()
  for (const { properties: p } of ds.sites) {
    for (const sector of p.sectors) {
      const c = cell(p.district_code, sector)
      c.sites += 1
      if (p.investment_cny_100m !== null) {
        c.investment_cny_100m = round(c.investment_cny_100m + p.investment_cny_100m)
        c.sites_with_investment += 1
      }
    }
    let total = totals.get(p.district_code)
    if (!total) {
      total = { sites: 0, investment: 0, withInvestment: 0 }
      totals.set(p.district_code, total)
    }
    total.sites += 1
    total.investment += p.investment_cny_100m ?? 0 // summed in file order, rounded once
    if (p.investment_cny_100m !== null) total.withInvestment += 1
  }
  const parksIn = new Map<string, number>()
  for (const { properties: p } of ds.parks) {
    for (const sector of p.sectors) cell(p.district_code, sector).parks += 1
    parksIn.set(p.district_code, (parksIn.get(p.district_code) ?? 0) + 1)
  }
  const byDistrict = ds.districts
    .map(({ properties: d }) => {
      const total = totals.get(d.code)
      return {
        district_code: d.code,
        district_name_zh: d.name_zh,
        district_name_en: d.name_en,
        sites: total?.sites ?? 0,
        parks: parksIn.get(d.code) ?? 0,
        investment_cny_100m: round(total?.investment ?? 0),
        sites_with_investment: total?.withInvestment ?? 0,
      }
    })
    .sort((a, b) => (a.district_code < b.district_code ? -1 : 1))
  const bySector = [...cells.values()]
    .flatMap((inDistrict) => [...inDistrict.values()])
    .sort((a, b) =>
      a.district_code === b.district_code
        ? a.sector.localeCompare(b.sector)
        : a.district_code.localeCompare(b.district_code),
    )
  return { counts: recordCounts(ds), by_district: byDistrict, by_district_sector: bySector }
}

/** How many records of each kind the dataset holds (`/api/health`, `/api/stats`). */
export function recordCounts(ds: Dataset) {
  return {
    districts: ds.districts.length,
    parks: ds.parks.length,
    sites: ds.sites.length,
    infrastructure: ds.infrastructure.length,
    sectors: ds.sectors.length,
    chains: ds.chains.length,
    documents: ds.documents.length,
    clauses: ds.clauses.length,
    targets: ds.targets.length,
    project_batches: ds.projectBatches.length,
    unplaced: ds.unplaced.length,
  }
}
