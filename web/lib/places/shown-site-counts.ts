import type { LocationPrecision, SiteFeature } from '../../../api/domain/index.ts'
import type { SiteCounts } from '../../../api/domain/site-counts.ts'
import { primarySector } from './place-filter.ts'

/** How many visible sites there are, by primary sector, by precision and (tiles) by district. */
export interface ShownSiteCounts {
  shownSites: number
  /** Visible sites by primary sector id. */
  siteCountBySector: ReadonlyMap<string, number>
  siteCountByPrecision: Readonly<Record<LocationPrecision, number>>
  /**
   * Visible sites known only to their district, by district code, when the browser has no
   * site list (the badges count them from here); absent when it has the list.
   */
  districtLevelSites?: ReadonlyMap<string, number>
}

const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n)

/** The counts of the listed visible sites. */
export function listedSiteCounts(visible: readonly SiteFeature[]): ShownSiteCounts {
  const bySector = new Map<string, number>()
  const byPrecision = { exact: 0, approximate: 0, district: 0 }
  for (const { properties: p } of visible) {
    const sector = primarySector(p)
    if (sector) add(bySector, sector, 1)
    byPrecision[p.location_precision] += 1
  }
  return {
    shownSites: visible.length,
    siteCountBySector: bySector,
    siteCountByPrecision: byPrecision,
  }
}

/** The counts of the server's aggregate, keeping the sectors that are on (`isOn`). */
export function serverSiteCounts(
  counts: SiteCounts,
  isOn: (sectorId: string) => boolean,
): ShownSiteCounts {
  const bySector = new Map<string, number>()
  const byPrecision = { exact: 0, approximate: 0, district: 0 }
  for (const row of counts.by_sector) {
    if (!isOn(row.sector)) continue
    add(bySector, row.sector, row.exact + row.approximate + row.district)
    byPrecision.exact += row.exact
    byPrecision.approximate += row.approximate
    byPrecision.district += row.district
  }
  const districtLevel = new Map<string, number>()
  for (const cell of counts.district_level) {
    if (isOn(cell.sector)) add(districtLevel, cell.district_code, cell.sites)
  }
  const shown = byPrecision.exact + byPrecision.approximate + byPrecision.district
  return {
    shownSites: shown,
    siteCountBySector: bySector,
    siteCountByPrecision: byPrecision,
    districtLevelSites: districtLevel,
  }
}
