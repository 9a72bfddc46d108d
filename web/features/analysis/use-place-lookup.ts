import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { SiteFeature } from '../../../api/domain/index.ts'
import type { SiteDetail } from '../../lib/api/api-client.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { siteDetailQuery, siteListQuery } from '../../lib/queries/sites.ts'
import type { AnalysisSubject } from './analysis-url.ts'
import { type PlaceLookup, placeLookup } from './place-facts.ts'

/** The fetched sites, and whether any is still on its way (a failed one is left out). */
function fetchedSites(results: UseQueryResult<SiteDetail>[]) {
  return {
    features: results.flatMap((r): SiteFeature[] => (r.data ? [r.data.feature] : [])),
    waiting: results.some((r) => !r.data && !r.isError),
  }
}

/**
 * Facts of every site and park (from the lists the map already loads). When the browser has no
 * site list (a tiled map), the sites among `subjects` (the analysis's subject and candidates)
 * are fetched by id and added; null until they have arrived.
 */
export function usePlaceLookup(subjects: readonly (AnalysisSubject | null)[]): PlaceLookup | null {
  const sites = useQuery(siteListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const listed = useMemo(() => new Set(sites?.features.map((s) => s.properties.id)), [sites])
  const missing = sites
    ? [...new Set(subjects.flatMap((s) => (s?.kind === 'site' && !listed.has(s.id) ? [s.id] : [])))]
    : []
  const fetched = useQueries({
    queries: missing.sort().map((id) => siteDetailQuery(id)),
    combine: fetchedSites,
  })
  return useMemo(() => {
    if (!sites || !parks || fetched.waiting) return null
    return placeLookup([...sites.features, ...fetched.features], parks.features)
  }, [sites, parks, fetched])
}
