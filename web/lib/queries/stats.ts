import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const statsKeys = { all: ['stats'] as const }

/** Counts, and sites / parks / stated investment by district and by district × sector. */
export const statsQuery = () =>
  queryOptions({ queryKey: statsKeys.all, queryFn: () => apiClient.stats() })
