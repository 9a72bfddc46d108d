import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const chainKeys = {
  all: ['chains'] as const,
  list: () => [...chainKeys.all, 'list'] as const,
}

/** Supply chains with their ordered links. */
export const chainListQuery = () =>
  queryOptions({ queryKey: chainKeys.list(), queryFn: () => apiClient.chains() })
