import { queryOptions } from '@tanstack/react-query'
import type { LngLat } from '../../../api/domain/index.ts'
import { apiClient } from '../api/api-client.ts'

/** Query keys of the analysis routes (points rounded like the URL, so equal links share a cache). */
export const analysisKeys = {
  all: ['analysis'] as const,
  within: (at: LngLat, radiusKm: number) =>
    [...analysisKeys.all, 'within', ...at, radiusKm] as const,
  nearest: (at: LngLat, sector: string | null, k: number) =>
    [...analysisKeys.all, 'nearest', ...at, sector, k] as const,
  clusters: (sector: string, epsKm: number, minPoints: number) =>
    [...analysisKeys.all, 'clusters', sector, epsKm, minPoints] as const,
  chain: (at: LngLat, chain: string, radiusKm: number) =>
    [...analysisKeys.all, 'chain', ...at, chain, radiusKm] as const,
  access: (at: LngLat, sector: string | null) =>
    [...analysisKeys.all, 'access', ...at, sector] as const,
}

/** Sites and parks within `radiusKm` of `at`, nearest first, with counts per sector. */
export const withinQuery = (at: LngLat, radiusKm: number) =>
  queryOptions({
    queryKey: analysisKeys.within(at, radiusKm),
    queryFn: () => apiClient.within({ lng: at[0], lat: at[1], radius_km: radiusKm }),
  })

/** The `k` sites nearest to `at` (of `sector` when given). */
export const nearestQuery = (at: LngLat, sector: string | null, k: number) =>
  queryOptions({
    queryKey: analysisKeys.nearest(at, sector, k),
    queryFn: () => apiClient.nearest({ lng: at[0], lat: at[1], k, sector: sector ?? undefined }),
  })

/** DBSCAN clusters of a sector's sites (convex hulls). */
export const clustersQuery = (sector: string, epsKm: number, minPoints: number) =>
  queryOptions({
    queryKey: analysisKeys.clusters(sector, epsKm, minPoints),
    queryFn: () => apiClient.clusters({ sector, eps_km: epsKm, min_points: minPoints }),
  })

/** Which links of `chain` are present within `radiusKm` of `at`, and the nearest provider of each. */
export const chainQuery = (at: LngLat, chain: string, radiusKm: number) =>
  queryOptions({
    queryKey: analysisKeys.chain(at, chain, radiusKm),
    queryFn: () =>
      apiClient.chainCompleteness({ lng: at[0], lat: at[1], chain, radius_km: radiusKm }),
  })

/** Distances from `at` to the port, the airport, the nearest rail station and park. */
export const accessQuery = (at: LngLat, sector: string | null) =>
  queryOptions({
    queryKey: analysisKeys.access(at, sector),
    queryFn: () => apiClient.access({ lng: at[0], lat: at[1], sector: sector ?? undefined }),
  })
