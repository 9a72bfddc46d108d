import type { ParkProperties, SiteProperties } from '../../../api/domain/index.ts'
import { primarySector } from '../../../api/domain/primary-sector.ts'
import type { Filters } from '../url/view-url.ts'

export { primarySector }

/**
 * Which sectors are on: those not hidden. Each sector switches alone — a sub-sector (e.g.
 * `hydrogen`) shows while its parent (`new-energy`) is off; the layer panel's tree switches a
 * parent together with its sub-sectors by listing them all.
 */
export function sectorVisibility(hiddenSectors: readonly string[]): (sectorId: string) => boolean {
  const hidden = new Set(hiddenSectors)
  return (sectorId) => !hidden.has(sectorId)
}

/**
 * Whether a site passes the layer panel: its primary sector is on, and it matches the status,
 * plan and district filters that are set.
 */
export function siteMatches(
  site: SiteProperties,
  isSectorOn: (sectorId: string) => boolean,
  filters: Filters,
): boolean {
  const sector = primarySector(site)
  if (!sector || !isSectorOn(sector)) return false
  if (filters.status && site.status !== filters.status) return false
  if (filters.plan && !site.plans.includes(filters.plan)) return false
  if (filters.district && site.district_code !== filters.district) return false
  return true
}

/**
 * Whether a park passes the layer panel: any of its sectors is on (parks host many
 * industries), and it matches the plan and district filters. Status applies to sites only.
 */
export function parkMatches(
  park: ParkProperties,
  isSectorOn: (sectorId: string) => boolean,
  filters: Filters,
): boolean {
  if (!park.sectors.some(isSectorOn)) return false
  if (filters.plan && !park.plans.includes(filters.plan)) return false
  if (filters.district && park.district_code !== filters.district) return false
  return true
}

/** Whether any filter (besides sector toggles) is set. */
export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.status || filters.plan || filters.district)
}
