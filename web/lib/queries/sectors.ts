import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const sectorKeys = {
  all: ['sectors'] as const,
  list: () => [...sectorKeys.all, 'list'] as const,
}

/** The sectors of both plans, with their colours. */
export const sectorListQuery = () =>
  queryOptions({ queryKey: sectorKeys.list(), queryFn: () => apiClient.sectors() })
