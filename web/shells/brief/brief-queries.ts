import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '../../lib/api/api-client.ts'

export const briefKeys = {
  all: ['brief'] as const,
  plans: () => [...briefKeys.all, 'plans'] as const,
  health: () => [...briefKeys.all, 'health'] as const,
  access: (lngLat: [number, number], sector: string | null) =>
    [...briefKeys.all, 'access', ...lngLat, sector] as const,
  chain: (chain: string, at: string | [number, number], radiusKm: number) =>
    [...briefKeys.all, 'chain', chain, at, radiusKm] as const,
}

/** Plan documents (titles, issuers, publication dates) for the sources section. */
export const plansQuery = () =>
  queryOptions({ queryKey: briefKeys.plans(), queryFn: () => apiClient.plans() })

/** When the served data was loaded (the brief's data date). */
export const healthQuery = () =>
  queryOptions({ queryKey: briefKeys.health(), queryFn: () => apiClient.health() })

/** Distances from a point to the port, the airport, the nearest station and park (of `sector`). */
export const accessQuery = (lngLat: [number, number], sector: string | null) =>
  queryOptions({
    queryKey: briefKeys.access(lngLat, sector),
    queryFn: () =>
      apiClient.access({ lng: lngLat[0], lat: lngLat[1], ...(sector ? { sector } : {}) }),
  })

/** Links of `chain` present within `radiusKm` of a park (its anchor) or a point. */
export const chainCompletenessQuery = (
  chain: string,
  at: { park: string } | { lngLat: [number, number] },
  radiusKm: number,
) =>
  queryOptions({
    queryKey: briefKeys.chain(chain, 'park' in at ? at.park : at.lngLat, radiusKm),
    queryFn: () =>
      apiClient.chainCompleteness(
        'park' in at
          ? { chain, park: at.park, radius_km: radiusKm }
          : { chain, lng: at.lngLat[0], lat: at.lngLat[1], radius_km: radiusKm },
      ),
  })
