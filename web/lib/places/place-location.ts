import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'

/**
 * Whether a site is a point on the map: located better than its district. A district-level
 * site is counted at its district instead.
 */
export function isLocatedSite(site: SiteFeature): boolean {
  return site.properties.location_precision !== 'district'
}

/**
 * Whether a park has nothing drawn of its own and is counted at its district: its extent is
 * unknown. (A zone of parts is drawn through its parts; a park inside another through its
 * parent; an outline or a point is drawn.)
 */
export function isUnlocatedPark(park: ParkFeature): boolean {
  return park.properties.extent === 'unknown'
}
