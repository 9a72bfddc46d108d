import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const parkKeys = {
  all: ['parks'] as const,
  list: () => [...parkKeys.all, 'list'] as const,
  detail: (id: string) => [...parkKeys.all, 'detail', id] as const,
}

/** All parks, zones and bases (polygons). */
export const parkListQuery = () =>
  queryOptions({ queryKey: parkKeys.list(), queryFn: () => apiClient.parks() })

/** One park with the clauses that cite it. */
export const parkDetailQuery = (id: string) =>
  queryOptions({ queryKey: parkKeys.detail(id), queryFn: () => apiClient.park(id) })
