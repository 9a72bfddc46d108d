import type { LocationPrecision } from '../domain/index.ts'
import type { Dataset } from './dataset.ts'

/** How many records of each kind a dataset holds (what `check:data` prints). */
export interface DatasetCounts {
  documents: number
  clauses: number
  sectors: number
  chains: number
  chainLinks: number
  targets: number
  projectBatches: number
  districts: number
  parks: number
  sites: number
  sitesByPrecision: Record<LocationPrecision, number>
  infrastructure: number
  unplaced: number
  tours: number
  tourStops: number
}

export function datasetCounts(dataset: Dataset): DatasetCounts {
  const sitesByPrecision: Record<LocationPrecision, number> = {
    exact: 0,
    approximate: 0,
    district: 0,
  }
  for (const site of dataset.sites) sitesByPrecision[site.properties.location_precision] += 1
  return {
    documents: dataset.documents.length,
    clauses: dataset.clauses.length,
    sectors: dataset.sectors.length,
    chains: dataset.chains.length,
    chainLinks: dataset.chains.reduce((sum, chain) => sum + chain.links.length, 0),
    targets: dataset.targets.length,
    projectBatches: dataset.projectBatches.length,
    districts: dataset.districts.length,
    parks: dataset.parks.length,
    sites: dataset.sites.length,
    sitesByPrecision,
    infrastructure: dataset.infrastructure.length,
    unplaced: dataset.unplaced.length,
    tours: dataset.tours.length,
    tourStops: dataset.tours.reduce((sum, tour) => sum + tour.stops.length, 0),
  }
}

/** The counts as aligned `label  n` lines, sites split by precision. */
export function formatCounts(counts: DatasetCounts): string[] {
  const { exact, approximate, district } = counts.sitesByPrecision
  const rows: [string, number, string?][] = [
    ['documents', counts.documents],
    ['clauses', counts.clauses],
    ['sectors', counts.sectors],
    ['chains', counts.chains],
    ['chain links', counts.chainLinks],
    ['targets', counts.targets],
    ['project batches', counts.projectBatches],
    ['districts', counts.districts],
    ['parks', counts.parks],
    ['sites', counts.sites, `(exact ${exact}, approximate ${approximate}, district ${district})`],
    ['infrastructure', counts.infrastructure],
    ['unplaced', counts.unplaced],
    ['tours', counts.tours, `(${counts.tourStops} stops)`],
  ]
  return rows.map(
    ([label, n, note]) => `  ${label.padEnd(16)}${String(n).padStart(5)}${note ? `  ${note}` : ''}`,
  )
}
