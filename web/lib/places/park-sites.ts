import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { parkFamily } from '../../../api/analysis/park-location.ts'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import { isLocatedSite } from './place-location.ts'

/** How a site belongs to a park: assigned in the data, inside its outline, or both. */
export type SiteLink = 'assigned' | 'inside' | 'both'

export interface ParkSite {
  site: SiteFeature
  link: SiteLink
}

/**
 * The park's key firms and projects on site: sites whose `park_id` is the park or one of its
 * parts (so a zone counts the firms of its parts), plus located sites whose point lies inside
 * the park's outline (a point park has no outline: a nearby point proves nothing). Sorted:
 * assigned sites first, then by English name.
 *
 * @example sitesOfPark(teda, sites, parks).map((s) => s.site.properties.id) // ['faw-vw-tianjin-nev', …]
 */
export function sitesOfPark(
  park: ParkFeature,
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
): ParkSite[] {
  const family = parkFamily(park.properties.id, parks)
  const outline = park.geometry && park.geometry.type !== 'Point' ? park.geometry : null
  const found: ParkSite[] = []
  for (const site of sites) {
    const assigned = family.has(site.properties.park_id ?? '')
    const inside =
      outline !== null &&
      isLocatedSite(site) &&
      booleanPointInPolygon(site.geometry.coordinates, outline)
    if (assigned || inside) {
      found.push({ site, link: assigned && inside ? 'both' : assigned ? 'assigned' : 'inside' })
    }
  }
  const rank = (link: SiteLink) => (link === 'inside' ? 1 : 0)
  return found.sort(
    (a, b) =>
      rank(a.link) - rank(b.link) ||
      a.site.properties.name_en.localeCompare(b.site.properties.name_en),
  )
}
