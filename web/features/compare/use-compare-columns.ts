import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParkFeature } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { mainChainId, PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { sitesOfPark } from '../../lib/places/park-sites.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { parkAccessQuery, parkChainQuery } from '../../lib/queries/park-analysis.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { extentText } from '../../lib/ui/extent-text.ts'
import type { ParkColumn } from './compare-rows.ts'

/**
 * The compared parks as columns (in the URL's order; unknown ids dropped), each scored on the
 * comparison's chain when one is chosen (`cmpchain`), else on its own main chain — so that a
 * petrochemical zone is never scored on a vehicle chain because another park came first.
 */
export function useCompareColumns(parkIds: readonly string[], chosenChain: string | null) {
  const { name, lang } = useI18n()
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  const districts = useQuery(districtListQuery()).data
  const chains = useQuery(chainListQuery()).data
  const features = useMemo(
    () =>
      parkIds
        .map((id) => parks?.features.find((f) => f.properties.id === id))
        .filter((f): f is ParkFeature => f !== undefined),
    [parks, parkIds],
  )
  const chainIds = features.map(
    (f) => chosenChain ?? (chains ? mainChainId(f.properties, chains) : null),
  )
  const scores = useQueries({
    queries: features.map((f, i) => ({
      ...parkChainQuery(f.properties.id, chainIds[i] ?? '', PARK_CHAIN_RADIUS_KM),
      enabled: (chainIds[i] ?? null) !== null,
    })),
  })
  const access = useQueries({
    queries: features.map((f) => parkAccessQuery(f.properties.id)),
  })
  const columns: ParkColumn[] = features.map((f, i) => {
    const p = f.properties
    const district = districts?.features.find((d) => d.properties.code === p.district_code)
    const reach = access[i]?.data
    const parent = parks?.features.find((q) => q.properties.id === p.parent_park_id)
    return {
      id: p.id,
      district: district ? name(district.properties) : p.district_code,
      kind: p.kind,
      level: p.level,
      extent: extentText(p, lang, parent ? name(parent.properties) : undefined),
      sectors: p.sectors,
      siteCount: sites && parks ? sitesOfPark(f, sites.features, parks.features).length : undefined,
      chainId: chainIds[i] ?? null,
      chainScore: (chainIds[i] ?? null) === null ? null : scores[i]?.data?.score,
      portKm: reach ? (reach.port?.distance_km ?? null) : undefined,
      airportKm: reach ? (reach.airport?.distance_km ?? null) : undefined,
      railKm: reach ? (reach.rail_station?.distance_km ?? null) : undefined,
      measured: reach ? reach.subject.location_precision !== 'district' : undefined,
      precision: p.location_precision,
    }
  })
  const links = scores.map((q) =>
    q.data ? { present: q.data.present_links, total: q.data.total_links } : undefined,
  )
  return { features, columns, links, chains: chains ?? [] }
}
