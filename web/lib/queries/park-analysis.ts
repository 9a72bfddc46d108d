import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

/**
 * Query keys of analyses of a park: the API measures from the park's located anchors, counts
 * its members, and measures nothing from a park known only by district.
 */
export const parkAnalysisKeys = {
  all: ['park-analysis'] as const,
  chain: (parkId: string, chain: string, radiusKm: number) =>
    [...parkAnalysisKeys.all, 'chain', parkId, chain, radiusKm] as const,
  access: (parkId: string, sector: string | null) =>
    [...parkAnalysisKeys.all, 'access', parkId, sector] as const,
}

/** Links of `chain` present within `radiusKm` of a park's anchor, with the nearest provider of each. */
export const parkChainQuery = (parkId: string, chain: string, radiusKm: number) =>
  queryOptions({
    queryKey: parkAnalysisKeys.chain(parkId, chain, radiusKm),
    queryFn: () => apiClient.chainCompleteness({ park: parkId, chain, radius_km: radiusKm }),
  })

/** Distances from a park to the port, the airport and the nearest station (none when only its district is known). */
export const parkAccessQuery = (parkId: string, sector: string | null = null) =>
  queryOptions({
    queryKey: parkAnalysisKeys.access(parkId, sector),
    queryFn: () => apiClient.access({ park: parkId, sector: sector ?? undefined }),
  })
