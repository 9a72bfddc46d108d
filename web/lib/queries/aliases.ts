import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const aliasKeys = {
  all: ['aliases'] as const,
  list: () => [...aliasKeys.all, 'list'] as const,
}

/** Other names of places (short forms, former names, codes), for search. */
export const aliasListQuery = () =>
  queryOptions({ queryKey: aliasKeys.list(), queryFn: () => apiClient.aliases() })
