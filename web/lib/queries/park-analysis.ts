import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

/** Query keys of analyses centred on a park (the API measures from the park's anchor). */
export const parkAnalysisKeys = {
  all: ['park-analysis'] as const,
  chain: (parkId: string, chain: string, radiusKm: number) =>
    [...parkAnalysisKeys.all, 'chain', parkId, chain, radiusKm] as const,
}

/** Links of `chain` present within `radiusKm` of a park's anchor, with the nearest provider of each. */
export const parkChainQuery = (parkId: string, chain: string, radiusKm: number) =>
  queryOptions({
    queryKey: parkAnalysisKeys.chain(parkId, chain, radiusKm),
    queryFn: () => apiClient.chainCompleteness({ park: parkId, chain, radius_km: radiusKm }),
  })
