import type { SiteFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition } from './geo-features.ts'

const issue = issueMaker('sites-not-stacked')

/**
 * Located sites (better than district) grouped by their exact point, ≥ 2 per group, groups in
 * order of their first site and sites in file order. Sorts positions (O(n log n) over typed
 * arrays) instead of keying a map by text, so a million sites take well under a second.
 */
export function stackedSites(sites: readonly SiteFeature[]): SiteFeature[][] {
  const located: number[] = []
  sites.forEach((site, i) => {
    if (site.properties.location_precision !== 'district') located.push(i)
  })
  const lng = new Float64Array(sites.length)
  const lat = new Float64Array(sites.length)
  for (const i of located) {
    const [x, y] = (sites[i] as SiteFeature).geometry.coordinates
    lng[i] = x
    lat[i] = y
  }
  const order = Uint32Array.from(located).sort(
    (a, b) =>
      (lng[a] as number) - (lng[b] as number) || (lat[a] as number) - (lat[b] as number) || a - b,
  )
  const groups: number[][] = []
  for (let start = 0; start < order.length; ) {
    let end = start + 1
    const first = order[start] as number
    while (
      end < order.length &&
      lng[order[end] as number] === lng[first] &&
      lat[order[end] as number] === lat[first]
    )
      end += 1
    if (end - start > 1) groups.push([...order.subarray(start, end)])
    start = end
  }
  groups.sort((a, b) => (a[0] as number) - (b[0] as number))
  return groups.map((group) => group.map((i) => sites[i] as SiteFeature))
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
