import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { distanceKm } from '../../analysis/distance-km.ts'
import { type ParkLocation, parkLocation, parkLookup } from '../../analysis/park-location.ts'
import type { LngLat } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition } from './geo-features.ts'

const issue = issueMaker('site-in-park')
const file = GEODATA_FILES.sites
export const PLACE_SITES_FIX = 'npx tsx api/data/geodata/place-sites.ts places it'

/**
 * A site whose park is located lies in it: a site `placement: "park"` is inside its park's
 * outline (or its parent's, for an `in-parent` park) or within a point park's uncertainty
 * ring, and has the park's precision; a site with its own sourced position lies in the park
 * too, except for a park whose outline is partial; a site of a located park is not left at
 * its district's point; `placement: "park"` needs a located park.
 */
export const siteInPark: CheckRule = (dataset) => {
  const lookup = parkLookup(dataset.parks)
  return dataset.sites.flatMap((site): CheckIssue[] => {
    const p = site.properties
    const park = p.park_id ? lookup(p.park_id) : undefined
    const location = park ? parkLocation(park, lookup) : null
    if (!location) {
      if (p.placement !== 'park') return []
      const why = p.park_id ? `park "${p.park_id}" is not located` : 'the site names no park_id'
      return [
        issue(
          file,
          p.id,
          'properties.placement',
          `placement "park" but ${why}; use "district" or "source"`,
        ),
      ]
    }
    const name = location.drawnBy
    if (p.placement === 'district') {
      const message = `park "${name}" is located, so the site belongs inside it, not at its district's point: set placement "park" and location_precision "${location.precision}" (${PLACE_SITES_FIX})`
      return [issue(file, p.id, 'properties.placement', message)]
    }
    const issues: CheckIssue[] = []
    if (p.placement === 'park' && p.location_precision !== location.precision) {
      const message = `placed in park "${name}", the site has its precision "${location.precision}", got "${p.location_precision}"`
      issues.push(issue(file, p.id, 'properties.location_precision', message))
    }
    const partial = location.extent === 'partial-outline' && p.placement === 'source'
    if (!partial && !inside(site.geometry.coordinates, location)) {
      const where =
        location.geometry.type === 'Point'
          ? `the ${location.uncertaintyKm ?? 0} km ring of`
          : 'the outline of'
      const message = `point ${formatPosition(site.geometry.coordinates)} is outside ${where} its park "${name}"${p.placement === 'park' ? ` (${PLACE_SITES_FIX})` : ''}`
      issues.push(issue(file, p.id, 'geometry.coordinates', message))
    }
    return issues
  })
}

function inside(at: LngLat, location: ParkLocation): boolean {
  const g = location.geometry
  if (g.type === 'Point')
    return distanceKm(g.coordinates as LngLat, at) <= (location.uncertaintyKm ?? 0)
  return booleanPointInPolygon(at, g)
}
