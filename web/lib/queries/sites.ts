import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'
import { settingsFor } from './config.ts'

export const siteKeys = {
  all: ['sites'] as const,
  list: () => [...siteKeys.all, 'list'] as const,
  detail: (id: string) => [...siteKeys.all, 'detail', id] as const,
  search: (q: string, limit: number) => [...siteKeys.all, 'search', q, limit] as const,
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
