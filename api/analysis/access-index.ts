import type { DistrictFeature, InfrastructureFeature, ParkFeature } from '../domain/index.ts'
import { type BoxIndex, buildBoxIndex } from './box-index.ts'
import { placeAnchor } from './place-anchor.ts'
import type { PlaceIndex } from './place-index.ts'
import { buildPointIndex, type PointIndex } from './point-index.ts'

/** Everything `accessDistances` needs: places, infrastructure anchors, area boxes. */
export interface AccessIndex {
  places: PlaceIndex
  infrastructure: PointIndex<InfrastructureFeature>
  districtAreas: BoxIndex<DistrictFeature>
  parkAreas: BoxIndex<ParkFeature>
}

/**
 * Builds the access index from already-built place indexes and the raw layers.
 * Infrastructure is measured to its anchor (a point, or a polygon's centroid).
 *
 * @example
 * const access = buildAccessIndex(places, ds.infrastructure, ds.districts, ds.parks)
 */
export function buildAccessIndex(
  places: PlaceIndex,
  infrastructure: readonly InfrastructureFeature[],
  districts: readonly DistrictFeature[],
  parks: readonly ParkFeature[],
): AccessIndex {
  const sorted = [...infrastructure].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))
  return {
    places,
    infrastructure: buildPointIndex(sorted, placeAnchor),
    districtAreas: buildBoxIndex(districts),
    parkAreas: buildBoxIndex(parks),
  }
}
