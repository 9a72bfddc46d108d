import type { InfrastructureFeature, ParkFeature } from '../domain/index.ts'
import { type BoxIndex, buildBoxIndex } from './box-index.ts'
import { placeAnchor } from './place-anchor.ts'
import type { PlaceIndex } from './place-index.ts'
import { buildPointIndex, type PointIndex } from './point-index.ts'

/** Everything `accessDistances` needs: places, infrastructure anchors, park outlines. */
export interface AccessIndex {
  places: PlaceIndex
  infrastructure: PointIndex<InfrastructureFeature>
  /** Parks drawn with an outline (their own polygon), for "inside which parks". */
  parkAreas: BoxIndex<ParkFeature>
}

/**
 * Builds the access index from already-built place indexes and the raw layers.
 * Infrastructure is measured to its anchor (a point, or a polygon's centroid).
 *
 * @example
 * const access = buildAccessIndex(places, ds.infrastructure)
 */
export function buildAccessIndex(
  places: PlaceIndex,
  infrastructure: readonly InfrastructureFeature[],
): AccessIndex {
  const sorted = [...infrastructure].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))
  const outlined = places.allParks.filter(
    (p) => p.geometry?.type === 'Polygon' || p.geometry?.type === 'MultiPolygon',
  )
  return {
    places,
    infrastructure: buildPointIndex(sorted, placeAnchor),
    parkAreas: buildBoxIndex(outlined),
  }
}
