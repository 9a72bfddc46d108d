import { type AccessIndex, buildAccessIndex } from '../analysis/access-index.ts'
import { type BoxIndex, buildBoxIndex } from '../analysis/box-index.ts'
import { buildPlaceIndex, type PlaceIndex } from '../analysis/place-index.ts'
import { type SectorFilter, sectorFilter } from '../analysis/sector-filter.ts'
import type { Dataset } from '../data/dataset.ts'
import type { InfrastructureFeature, SiteFeature } from '../domain/index.ts'
import { buildDatasetLookup, type DatasetLookup } from './dataset-lookup.ts'

/**
 * Every spatial index and lookup the API uses, built once at start-up from the validated
 * dataset: kdbush/geokdbush point indexes of located sites, located park anchors and
 * infrastructure anchors; flatbush box indexes of district, park-outline and infrastructure
 * geometries (exact point-in-polygon on top); id lookups; and the expanded filter of every sector.
 */
export interface DatasetIndex {
  places: PlaceIndex
  access: AccessIndex
  infrastructureBoxes: BoxIndex<InfrastructureFeature>
  /** Site point index in id order, for bbox range queries (`tree.range`). */
  sites: readonly SiteFeature[]
  sectorFilters: ReadonlyMap<string, SectorFilter>
  lookup: DatasetLookup
}

/**
 * Builds the dataset index (a few milliseconds for the real data).
 *
 * @example
 * const index = buildDatasetIndex(await loadDataset('.'))
 * index.lookup.parks.get('teda')
 */
export function buildDatasetIndex(ds: Dataset): DatasetIndex {
  const places = buildPlaceIndex(ds.sites, ds.parks, ds.districts)
  return {
    places,
    access: buildAccessIndex(places, ds.infrastructure),
    infrastructureBoxes: buildBoxIndex(
      [...ds.infrastructure].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1)),
    ),
    sites: places.sites.items,
    sectorFilters: new Map(ds.sectors.map((s) => [s.id, sectorFilter(ds.sectors, s.id)])),
    lookup: buildDatasetLookup(ds),
  }
}
