import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const siteKeys = {
  all: ['sites'] as const,
  list: () => [...siteKeys.all, 'list'] as const,
  detail: (id: string) => [...siteKeys.all, 'detail', id] as const,
}

/** All sites (companies, institutions, projects, platforms) as points. */
export const siteListQuery = () =>
  queryOptions({ queryKey: siteKeys.list(), queryFn: () => apiClient.sites() })

/** One site with the clauses that cite it. */
export const siteDetailQuery = (id: string) =>
  queryOptions({ queryKey: siteKeys.detail(id), queryFn: () => apiClient.site(id) })
