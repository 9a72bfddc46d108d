import type { SiteFeature } from '../domain/index.ts'
import { primarySector } from '../domain/primary-sector.ts'
import type { DistrictLevelCount, SectorSiteCount, SiteCounts } from '../domain/site-counts.ts'
import { matchesFilters, type PlaceFilters } from './place-filters.ts'

/**
 * What the layer panel and the district badges show when the browser has no site list (tiles):
 * the sites passing `filters`, counted by primary sector and precision, and the district-level
 * ones by district × primary sector, so that the sector toggles apply on the browser's side.
 * Sorted by sector id, then district code; one pass over the sites.
 *
 * @example countSites(sites, { status: 'in-production' }).by_sector[0] // { sector: 'aerospace', exact: 3, … }
 */
export function countSites(sites: readonly SiteFeature[], filters: PlaceFilters): SiteCounts {
  const bySector = new Map<string, SectorSiteCount>()
  const districtLevel = new Map<string, DistrictLevelCount>()
  let total = 0
  for (const { properties: p } of sites) {
    if (!matchesFilters(p, filters)) continue
    total += 1
    const sector = primarySector(p)
    if (sector === undefined) continue
    let counts = bySector.get(sector)
    if (!counts) {
      counts = { sector, exact: 0, approximate: 0, district: 0 }
      bySector.set(sector, counts)
    }
    counts[p.location_precision] += 1
    if (p.location_precision !== 'district') continue
    const key = `${p.district_code}|${sector}`
    const cell = districtLevel.get(key)
    if (cell) cell.sites += 1
    else districtLevel.set(key, { district_code: p.district_code, sector, sites: 1 })
  }
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return {
    total,
    by_sector: [...bySector.values()].sort((a, b) => by(a.sector, b.sector)),
    district_level: [...districtLevel.values()].sort(
      (a, b) => by(a.sector, b.sector) || by(a.district_code, b.district_code),
    ),
  }
}
