import type {
  DistrictFeature,
  LocationPrecision,
  ParkFeature,
  SiteFeature,
} from '../domain/index.ts'
import { type BoxIndex, buildBoxIndex } from './box-index.ts'
import { parkLocation, parkLookup } from './park-location.ts'
import { placeAnchor } from './place-anchor.ts'
import { buildPointIndex, type PointIndex } from './point-index.ts'

/**
 * What the proximity analyses search: point indexes of the located places (sites better than
 * district level by their points; located parks by their anchors), the district-level places
 * apart (never measured), every park by id, and the district polygons. Items sorted by id.
 */
export interface PlaceIndex {
  /** Sites whose precision is `exact` or `approximate`, by their points. */
  sites: PointIndex<SiteFeature>
  /** Located parks (`parkLocation`), by their anchors. */
  parks: PointIndex<ParkFeature>
  /** The precision each located park is measured with (its own, or its parent's). */
  parkPrecision: ReadonlyMap<string, LocationPrecision>
  /** Places known only to their district. */
  districtLevel: { sites: readonly SiteFeature[]; parks: readonly ParkFeature[] }
  /** Every park by id (parts, parents, unlocated ones). */
  parkById: ReadonlyMap<string, ParkFeature>
  /** Every site and park, sorted by id. */
  allSites: readonly SiteFeature[]
  allParks: readonly ParkFeature[]
  districts: BoxIndex<DistrictFeature>
}

const byId = <T extends { properties: { id: string } }>(a: T, b: T) =>
  a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0

/**
 * Builds the place indexes used by the proximity analyses, once. A park is located when
 * `parkLocation` finds it a geometry (its own, or its parent's for a park inside another);
 * its anchor is that geometry's `placeAnchor`. Items are sorted by id so that equal distances
 * are broken by id everywhere.
 *
 * @example
 * const places = buildPlaceIndex(dataset.sites, dataset.parks, dataset.districts)
 * sitesWithinRadius(places, [117.2, 39.13], 10)
 */
export function buildPlaceIndex(
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
  districts: readonly DistrictFeature[],
): PlaceIndex {
  const allSites = [...sites].sort(byId)
  const allParks = [...parks].sort(byId)
  const lookup = parkLookup(allParks)
  const located = allParks.flatMap((park) => {
    const location = parkLocation(park, lookup)
    return location ? [{ park, location }] : []
  })
  const locationOf = new Map(located.map((l) => [l.park, l.location]))
  return {
    sites: buildPointIndex(
      allSites.filter((s) => s.properties.location_precision !== 'district'),
      (s) => s.geometry.coordinates,
    ),
    parks: buildPointIndex(
      located.map((l) => l.park),
      (park) => placeAnchor(locationOf.get(park) as NonNullable<ReturnType<typeof parkLocation>>),
    ),
    parkPrecision: new Map(located.map((l) => [l.park.properties.id, l.location.precision])),
    districtLevel: {
      sites: allSites.filter((s) => s.properties.location_precision === 'district'),
      parks: allParks.filter((p) => !locationOf.has(p)),
    },
    parkById: new Map(allParks.map((p) => [p.properties.id, p])),
    allSites,
    allParks,
    districts: buildBoxIndex(districts),
  }
}
