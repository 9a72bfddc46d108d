import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const configKeys = { all: ['config'] as const }

/** The server's run-time settings for the web app (an operator's basemap style, if any). */
export const configQuery = () =>
  queryOptions({ queryKey: configKeys.all, queryFn: () => apiClient.config(), staleTime: Infinity })
