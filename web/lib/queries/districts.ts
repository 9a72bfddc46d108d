import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const districtKeys = {
  all: ['districts'] as const,
  list: () => [...districtKeys.all, 'list'] as const,
  detail: (code: string) => [...districtKeys.all, 'detail', code] as const,
}

/** All 16 districts of Tianjin (polygons). */
export const districtListQuery = () =>
  queryOptions({ queryKey: districtKeys.list(), queryFn: () => apiClient.districts() })

/** One district with the clauses that cite it. */
export const districtDetailQuery = (code: string) =>
  queryOptions({ queryKey: districtKeys.detail(code), queryFn: () => apiClient.district(code) })
