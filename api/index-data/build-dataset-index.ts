import { type AccessIndex, buildAccessIndex } from '../analysis/access-index.ts'
import { type BoxIndex, buildBoxIndex } from '../analysis/box-index.ts'
import { buildPlaceIndex, type PlaceIndex } from '../analysis/place-index.ts'
import { buildPointTree, type PointTree } from '../analysis/point-index.ts'
import { type SectorFilter, sectorFilter } from '../analysis/sector-filter.ts'
import type { Dataset } from '../data/dataset.ts'
import type { InfrastructureFeature, ParkFeature, SiteFeature } from '../domain/index.ts'
import { buildDatasetLookup, type DatasetLookup } from './dataset-lookup.ts'
import { type LazyNameSearch, lazyNameSearch } from './lazy-name-search.ts'

/**
 * Every spatial index and lookup the API uses, built once at start-up from the validated
 * dataset: kdbush point indexes (searched nearest first by turf distance) of located sites,
 * located park anchors and infrastructure anchors; flatbush box indexes of district, park-outline and infrastructure
 * geometries (exact point-in-polygon on top); id lookups; and the expanded filter of every sector.
 */
export interface DatasetIndex {
  places: PlaceIndex
  access: AccessIndex
  infrastructureBoxes: BoxIndex<InfrastructureFeature>
  /** Every site's marker (district-level ones at their district's point), id order, for bbox queries (`tree.range`). */
  siteMarkers: PointTree<SiteFeature>
  /** Parks with a geometry (outline or point), for bbox queries; parks without one have no box. */
  parkBoxes: BoxIndex<ParkFeature>
  sectorFilters: ReadonlyMap<string, SectorFilter>
  lookup: DatasetLookup
  /** Sites by the substrings of their names (`q`), built on the first search. */
  siteSearch: LazyNameSearch<SiteFeature>
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
    siteMarkers: buildPointTree(places.allSites, (s) => s.geometry.coordinates),
    parkBoxes: buildBoxIndex(places.allParks.filter((p) => p.geometry !== null)),
    sectorFilters: new Map(ds.sectors.map((s) => [s.id, sectorFilter(ds.sectors, s.id)])),
    lookup: buildDatasetLookup(ds),
    siteSearch: lazyNameSearch(places.allSites),
  }
}
