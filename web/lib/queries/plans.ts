import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const planKeys = {
  all: ['plans'] as const,
  catalogue: () => [...planKeys.all, 'catalogue'] as const,
}

/** Plan documents (titles, dates), quantitative targets, project batches, unplaced entities. */
export const plansQuery = () =>
  queryOptions({ queryKey: planKeys.catalogue(), queryFn: () => apiClient.plans() })
