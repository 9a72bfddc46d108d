import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'
import type { Filters } from '../url/view-url.ts'

export const siteCountKeys = {
  all: ['site-counts'] as const,
  of: (f: Filters) => [...siteCountKeys.all, f.status, f.plan, f.district] as const,
}

/**
 * The server's counts of the sites passing the layer panel's filters, by primary sector and
 * precision, and district-level ones by district × sector: what the panel and the district
 * badges show when the browser has no site list (the map draws tiles).
 */
export const siteCountsQuery = (filters: Filters) =>
  queryOptions({
    queryKey: siteCountKeys.of(filters),
    queryFn: () =>
      apiClient.siteCounts({
        status: filters.status ?? undefined,
        plan: filters.plan ?? undefined,
        district: filters.district ?? undefined,
      }),
  })
