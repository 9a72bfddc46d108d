import type { ParkFeature, SiteFeature } from '../domain/index.ts'
import { placeAnchor } from './place-anchor.ts'
import { buildPointIndex, type PointIndex } from './point-index.ts'

/** Point indexes of sites (their points) and parks (their anchors), items sorted by id. */
export interface PlaceIndex {
  sites: PointIndex<SiteFeature>
  parks: PointIndex<ParkFeature>
}

const byId = <T extends { properties: { id: string } }>(a: T, b: T) =>
  a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0

/**
 * Builds the place indexes used by the proximity analyses. Items are sorted by id so that
 * equal distances are broken by id everywhere.
 *
 * @example
 * const places = buildPlaceIndex(dataset.sites, dataset.parks)
 * sitesWithinRadius(places, [117.2, 39.13], 10)
 */
export function buildPlaceIndex(
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
): PlaceIndex {
  return {
    sites: buildPointIndex([...sites].sort(byId), (s) => s.geometry.coordinates),
    parks: buildPointIndex([...parks].sort(byId), placeAnchor),
  }
}
