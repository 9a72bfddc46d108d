import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const tourKeys = {
  all: ['tours'] as const,
  list: () => [...tourKeys.all, 'list'] as const,
}

/** The guided tours through the plans (`geodata/tours.json`), in menu order. */
export const tourListQuery = () =>
  queryOptions({ queryKey: tourKeys.list(), queryFn: () => apiClient.tours() })
