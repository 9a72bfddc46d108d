import { matchesSector, type SectorFilter } from '../analysis/sector-filter.ts'
import type { DocId, LocationPrecision, SiteStatus } from '../domain/index.ts'
import { primarySector } from '../domain/primary-sector.ts'
import { nameContains } from '../domain/search-text.ts'

/** Filters of the feature list routes (all optional, combined with AND). */
export interface PlaceFilters {
  sector?: SectorFilter
  /** Chain id: the place provides any link of the chain. */
  chain?: string
  /** Chain-link ref `<chain>/<link>`. */
  link?: string
  district?: string
  status?: SiteStatus
  plan?: DocId
  park?: string
  kind?: string
  precision?: LocationPrecision
  /** Sector ids whose sites (by primary sector) are left out, as the map's switches do. */
  hiddenSectors?: ReadonlySet<string>
  /** Lower-cased, NFKC-normalised search text. */
  q?: string
}

type FilterableProps = {
  name_zh: string
  name_en: string
  kind?: string
  district_code?: string
  sectors?: string[]
  chain_links?: string[]
  plans?: string[]
  status?: string | null
  park_id?: string | null
  location_precision?: string
}

/**
 * Whether a feature's properties pass every given filter. `q` is a case-insensitive
 * substring match on `name_zh` or `name_en`; `sector` matches the sector and its sub-sectors.
 *
 * @example
 * matchesFilters(site.properties, { district: '120116', q: 'vestas' })
 */
export function matchesFilters(p: FilterableProps, f: PlaceFilters): boolean {
  if (f.sector && !matchesSector(p.sectors ?? [], f.sector)) return false
  if (f.chain && !(p.chain_links ?? []).some((ref) => ref.startsWith(`${f.chain}/`))) return false
  if (f.link && !(p.chain_links ?? []).includes(f.link)) return false
  if (f.district && p.district_code !== f.district) return false
  if (f.status && p.status !== f.status) return false
  if (f.plan && !(p.plans ?? []).includes(f.plan)) return false
  if (f.park && p.park_id !== f.park) return false
  if (f.kind && p.kind !== f.kind) return false
  if (f.precision && p.location_precision !== f.precision) return false
  if (f.hiddenSectors?.has(primarySector({ sectors: p.sectors ?? [] }) ?? '')) return false
  return !f.q || nameContains(p, f.q)
}
