import type { Dataset } from '../data/dataset.ts'
import type {
  Chain,
  Clause,
  DistrictFeature,
  InfrastructureFeature,
  ParkFeature,
  PlanDocument,
  Sector,
  SiteFeature,
} from '../domain/index.ts'

/** Records by id (districts by code), and clause children by parent id. */
export interface DatasetLookup {
  districts: ReadonlyMap<string, DistrictFeature>
  parks: ReadonlyMap<string, ParkFeature>
  sites: ReadonlyMap<string, SiteFeature>
  infrastructure: ReadonlyMap<string, InfrastructureFeature>
  sectors: ReadonlyMap<string, Sector>
  chains: ReadonlyMap<string, Chain>
  clauses: ReadonlyMap<string, Clause>
  documents: ReadonlyMap<string, PlanDocument>
  clauseChildren: ReadonlyMap<string, string[]>
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
  new Map(items.map((item) => [key(item), item]))

/**
 * Builds the id lookups of a dataset.
 *
 * @example
 * buildDatasetLookup(ds).sites.get('tianjin-lishen-battery')?.properties.name_en
 */
export function buildDatasetLookup(ds: Dataset): DatasetLookup {
  const clauseChildren = new Map<string, string[]>()
  for (const c of ds.clauses) {
    if (c.parent_id === null) continue
    clauseChildren.set(c.parent_id, [...(clauseChildren.get(c.parent_id) ?? []), c.id])
  }
  return {
    districts: byKey(ds.districts, (d) => d.properties.code),
    parks: byKey(ds.parks, (p) => p.properties.id),
    sites: byKey(ds.sites, (s) => s.properties.id),
    infrastructure: byKey(ds.infrastructure, (f) => f.properties.id),
    sectors: byKey(ds.sectors, (s) => s.id),
    chains: byKey(ds.chains, (c) => c.id),
    clauses: byKey(ds.clauses, (c) => c.id),
    documents: byKey(ds.documents, (d) => d.id),
    clauseChildren,
  }
}
