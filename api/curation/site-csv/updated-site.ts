import type { SiteFeature } from '../../domain/index.ts'
import type { SiteCsvRow } from './site-csv-columns.ts'

/**
 * A row that updates an existing site: the row's required columns and position replace the
 * site's, its optional columns only when filled in; blank optional cells and fields the CSV
 * cannot express (investment, capacity) keep the site's current values.
 */
export function updatedSite(
  existing: SiteFeature,
  imported: SiteFeature,
  cells: SiteCsvRow,
): SiteFeature {
  const e = existing.properties
  const p = imported.properties
  const filled = (column: keyof SiteCsvRow) => cells[column] !== ''
  return {
    ...imported,
    properties: {
      ...e,
      ...p,
      citations: filled('citations') ? p.citations : e.citations,
      plans: filled('citations') ? p.plans : e.plans,
      chain_links: filled('chain_links') ? p.chain_links : e.chain_links,
      kind: filled('kind') ? p.kind : e.kind,
      status: filled('status') ? p.status : e.status,
      investment_cny_100m: e.investment_cny_100m,
      capacity: e.capacity,
    },
  }
}
