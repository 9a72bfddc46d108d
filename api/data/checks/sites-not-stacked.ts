import type { SiteFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition } from './geo-features.ts'

const issue = issueMaker('sites-not-stacked')

/** Located sites (better than district) grouped by their exact point, ≥ 2 per group. */
export function stackedSites(sites: readonly SiteFeature[]): SiteFeature[][] {
  const groups = new Map<string, SiteFeature[]>()
  for (const site of sites) {
    if (site.properties.location_precision === 'district') continue
    const key = site.geometry.coordinates.join(',')
    groups.set(key, [...(groups.get(key) ?? []), site])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}

/**
 * Located sites are never stacked on one point: two sites with a position better than their
 * district's do not share a point (spread them around their reference; district-level sites
 * share their district's point and are counted there).
 */
export const sitesNotStacked: CheckRule = (dataset) =>
  stackedSites(dataset.sites).flatMap((group) => {
    const [first, ...rest] = group
    if (!first) return []
    return rest.map((site) => {
      const message = `shares point ${formatPosition(site.geometry.coordinates)} with "${first.properties.id}"; spread located sites (npx tsx api/data/geodata/place-sites.ts spreads them)`
      return issue(GEODATA_FILES.sites, site.properties.id, 'geometry.coordinates', message)
    })
  })
