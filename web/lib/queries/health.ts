import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const healthKeys = { all: ['health'] as const }

/** Server status, record counts and when the served data was loaded. */
export const healthQuery = () =>
  queryOptions({ queryKey: healthKeys.all, queryFn: () => apiClient.health() })
