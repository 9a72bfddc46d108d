import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { mainChainId, PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { sitesOfPark } from '../../lib/places/park-sites.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { healthQuery } from '../../lib/queries/health.ts'
import { parkAccessQuery, parkChainQuery } from '../../lib/queries/park-analysis.ts'
import { parkDetailQuery, parkListQuery } from '../../lib/queries/parks.ts'
import { plansQuery } from '../../lib/queries/plans.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { parkTargets } from './park-targets.ts'

/**
 * Everything the profile shows about a park. The park itself gates the page (`park`); the
 * other parts arrive independently and are undefined while loading.
 */
export function useParkProfile(parkId: string) {
  const park = useQuery(parkDetailQuery(parkId))
  const sites = useQuery(siteListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const chains = useQuery(chainListQuery()).data
  const plans = useQuery(plansQuery()).data
  const health = useQuery(healthQuery()).data
  const feature = park.data?.feature
  const chainId = feature && chains ? mainChainId(feature.properties, chains) : null
  const chain = useQuery({
    ...parkChainQuery(parkId, chainId ?? '', PARK_CHAIN_RADIUS_KM),
    enabled: chainId !== null,
  })
  const access = useQuery(parkAccessQuery(parkId))
  const allParks = useQuery(parkListQuery()).data
  const onSite = useMemo(
    () =>
      feature && sites && allParks
        ? sitesOfPark(feature, sites.features, allParks.features)
        : undefined,
    [feature, sites, allParks],
  )
  const targets = useMemo(
    () =>
      feature && sectors && plans
        ? parkTargets(feature.properties.sectors, sectors, plans.targets)
        : undefined,
    [feature, sectors, plans],
  )
  return {
    park,
    onSite,
    targets,
    documents: plans?.documents,
    loadedAt: health?.data_loaded_at,
    chainId,
    chain: chain.data,
    chainPending: chainId !== null && chain.isPending,
    access: access.data,
  }
}
