import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'

/** How a site belongs to a park: assigned in the data, inside the drawn outline, or both. */
export type SiteLink = 'assigned' | 'inside' | 'both'

export interface ParkSite {
  site: SiteFeature
  link: SiteLink
}

/**
 * The park's key firms and projects on site: sites whose `park_id` is the park, plus sites
 * whose point lies inside the park's polygon (edges count as inside). Sorted: assigned sites
 * first, then by English name.
 *
 * @example sitesOfPark(teda, sites).map((s) => s.site.properties.id) // ['faw-vw-tianjin-nev', …]
 */
export function sitesOfPark(park: ParkFeature, sites: readonly SiteFeature[]): ParkSite[] {
  const parkId = park.properties.id
  const found: ParkSite[] = []
  for (const site of sites) {
    const assigned = site.properties.park_id === parkId
    const inside = booleanPointInPolygon(site.geometry.coordinates, park.geometry)
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
