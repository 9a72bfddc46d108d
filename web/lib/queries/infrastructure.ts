import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const infrastructureKeys = {
  all: ['infrastructure'] as const,
  list: () => [...infrastructureKeys.all, 'list'] as const,
}

/** Ports, airports and railway stations. */
export const infrastructureListQuery = () =>
  queryOptions({
    queryKey: infrastructureKeys.list(),
    queryFn: () => apiClient.infrastructure(),
  })
