import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'
import type { Filters } from '../url/view-url.ts'
import { settingsFor } from './config.ts'

export const siteKeys = {
  all: ['sites'] as const,
  list: () => [...siteKeys.all, 'list'] as const,
  detail: (id: string) => [...siteKeys.all, 'detail', id] as const,
  search: (q: string, limit: number) => [...siteKeys.all, 'search', q, limit] as const,
  district: (district: string, filters: Filters, hidden: string) =>
    [...siteKeys.all, 'district', district, filters.status, filters.plan, hidden] as const,
}

/**
 * All sites (companies, institutions, projects, platforms) as points — unless the server says
 * there are too many to list (`site_tiles`): then no site is listed (the map draws them from
 * tiles, details are fetched by id) and `total` still counts them all.
 */
export const siteListQuery = () =>
  queryOptions({
    queryKey: siteKeys.list(),
    queryFn: async ({ client }) => {
      const config = await settingsFor(client)
      if (!config.site_tiles) return apiClient.sites()
      const none: Awaited<ReturnType<typeof apiClient.sites>>['features'] = []
      return {
        type: 'FeatureCollection' as const,
        features: none,
        total: config.site_count,
        next_cursor: null,
      }
    },
  })

/** One site with the clauses that cite it. */
export const siteDetailQuery = (id: string) =>
  queryOptions({ queryKey: siteKeys.detail(id), queryFn: () => apiClient.site(id) })

/**
 * The first `limit` sites whose Chinese or English name contains `q` (the server's name
 * index): how the search box finds sites when the browser has no site list (tiles).
 */
export const siteSearchQuery = (q: string, limit: number) =>
  queryOptions({
    queryKey: siteKeys.search(q, limit),
    queryFn: () => apiClient.searchSites(q, limit),
    staleTime: 60_000,
  })

/** Sites a district badge's pick list fetches at a time. */
export const DISTRICT_SITES_PAGE = 50

/**
 * The sites known only by `district`'s code that the layer panel shows (its status and plan
 * filters, no site of a hidden primary sector), `DISTRICT_SITES_PAGE` at a time (each page's
 * `next_cursor` gives the next): how a district badge lists them when the browser has no site
 * list (tiles).
 */
export const districtSitesQuery = (
  district: string,
  filters: Filters,
  hiddenSectors: readonly string[],
) => {
  const hidden = [...hiddenSectors].sort().join(',')
  return infiniteQueryOptions({
    queryKey: siteKeys.district(district, filters, hidden),
    queryFn: ({ pageParam }) =>
      apiClient.sites({
        district,
        precision: 'district',
        status: filters.status ?? undefined,
        plan: filters.plan ?? undefined,
        hidden_sectors: hidden === '' ? undefined : hidden,
        limit: DISTRICT_SITES_PAGE,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  })
}
