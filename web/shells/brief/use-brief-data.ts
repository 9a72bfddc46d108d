import { useQuery } from '@tanstack/react-query'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import type { apiClient, CitedClause } from '../../lib/api/api-client.ts'
import { mainChainId } from '../../lib/places/main-chain.ts'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { accessQuery, chainQuery } from '../../lib/queries/analysis.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { healthQuery } from '../../lib/queries/health.ts'
import { parkAccessQuery, parkChainQuery } from '../../lib/queries/park-analysis.ts'
import { parkDetailQuery } from '../../lib/queries/parks.ts'
import { plansQuery } from '../../lib/queries/plans.ts'
import { siteDetailQuery } from '../../lib/queries/sites.ts'
import type { BriefParams } from './brief-params.ts'

/** Result of `/api/analysis/access`. */
export type AccessData = Awaited<ReturnType<typeof apiClient.access>>
/** Result of `/api/analysis/chain-completeness`. */
export type ChainData = Awaited<ReturnType<typeof apiClient.chainCompleteness>>

/** The place a brief is about, resolved from the API. */
export interface BriefSubject {
  kind: 'park' | 'site' | 'point'
  /** The park or site feature (null for a candidate point). */
  feature: ParkFeature | SiteFeature | null
  /**
   * Where distances are measured from: the point, a located site's point, a located park's
   * (first) anchor; null when only the district is known (nothing is measured).
   */
  lngLat: [number, number] | null
  clauses: CitedClause[]
  /** For a point: the nearest park, whose clauses are quoted. */
  clausesOf: { name_zh: string; name_en: string } | null
}

/**
 * Everything the brief shows, through the shared query factories: the place and
 * its clauses, access distances, chain completeness of its main chain, plan documents and the
 * data date. `status` is `ready` only when all of it has arrived.
 */
export function useBriefData(params: BriefParams) {
  const target = params.target
  const park = useQuery({
    ...parkDetailQuery(target?.kind === 'park' ? target.id : ''),
    enabled: target?.kind === 'park',
  })
  const site = useQuery({
    ...siteDetailQuery(target?.kind === 'site' ? target.id : ''),
    enabled: target?.kind === 'site',
  })
  const feature = (park.data?.feature ?? site.data?.feature ?? null) as
    | ParkFeature
    | SiteFeature
    | null
  const siteData = site.data?.feature
  const sitePoint =
    siteData && siteData.properties.location_precision !== 'district'
      ? siteData.geometry.coordinates
      : null
  const accessSector = target?.kind === 'site' ? (feature?.properties.sectors[0] ?? null) : null
  const pointAt = target?.kind === 'point' ? target.lngLat : sitePoint
  const pointAccess = useQuery({
    ...accessQuery(pointAt ?? [0, 0], accessSector),
    enabled: pointAt !== null,
  })
  const parkAccess = useQuery({
    ...parkAccessQuery(target?.kind === 'park' ? target.id : ''),
    enabled: target?.kind === 'park',
  })
  const access = target?.kind === 'park' ? parkAccess : pointAccess
  const lngLat: [number, number] | null =
    target?.kind === 'park' ? (parkAccess.data?.center ?? null) : pointAt
  const resolved =
    target?.kind === 'park'
      ? parkAccess.data !== undefined
      : target?.kind === 'site'
        ? siteData !== undefined
        : target !== null
  const nearestParkId = target?.kind === 'point' ? (access.data?.park?.id ?? null) : null
  const nearestPark = useQuery({
    ...parkDetailQuery(nearestParkId ?? ''),
    enabled: nearestParkId !== null,
  })
  const chains = useQuery(chainListQuery())
  const places = usePlaceIndex()
  const chainSource = target?.kind === 'point' ? nearestPark.data?.feature : feature
  const chainId =
    params.chainId ??
    (chainSource && chains.data ? mainChainId(chainSource.properties, chains.data) : null)
  // Around a park the API measures from the park's anchor; around a site or point, from it.
  const parkChain = useQuery({
    ...parkChainQuery(target?.kind === 'park' ? target.id : '', chainId ?? '', params.radiusKm),
    enabled: chainId !== null && target?.kind === 'park',
  })
  const pointChain = useQuery({
    ...chainQuery(lngLat ?? [0, 0], chainId ?? '', params.radiusKm),
    enabled: chainId !== null && lngLat !== null && target?.kind !== 'park',
  })
  const chain = target?.kind === 'park' ? parkChain : pointChain
  const plans = useQuery(plansQuery())
  const health = useQuery(healthQuery())

  const required = [park, site, access, nearestPark, chains, chain, plans, health].filter(
    (q) => q.fetchStatus !== 'idle' || q.status !== 'pending',
  )
  const error = required.find((q) => q.isError)?.error ?? null
  const waitingForChain = chainSource !== undefined && chainSource !== null && !chains.data
  const pending =
    !target ||
    required.some((q) => q.isPending) ||
    !resolved ||
    waitingForChain ||
    (target.kind === 'point' && !access.data)
  const subject: BriefSubject | null =
    target && resolved
      ? {
          kind: target.kind,
          feature,
          lngLat,
          clauses:
            target.kind === 'point'
              ? (nearestPark.data?.clauses ?? [])
              : (park.data?.clauses ?? site.data?.clauses ?? []),
          clausesOf:
            target.kind === 'point' ? (nearestPark.data?.feature.properties ?? null) : null,
        }
      : null
  return {
    status: error ? ('error' as const) : pending ? ('pending' as const) : ('ready' as const),
    error,
    subject,
    district: park.data?.district ?? site.data?.district ?? null,
    /** Where the map looks when nothing is measured: the place's parts or its district. */
    bounds:
      places && target && target.kind !== 'point'
        ? (places.get(`${target.kind}:${target.id}`)?.bbox ?? null)
        : null,
    access: access.data ?? null,
    chain: chain.data ?? null,
    plans: plans.data?.documents ?? [],
    loadedAt: health.data?.data_loaded_at ?? null,
  }
}
