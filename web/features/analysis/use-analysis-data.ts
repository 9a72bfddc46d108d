import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  accessQuery,
  chainQuery,
  clustersQuery,
  nearestQuery,
  withinQuery,
} from '../../lib/queries/analysis.ts'
import { parkAccessQuery, parkChainQuery } from '../../lib/queries/park-analysis.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import type { AnalysisSubject, AnalysisView } from './analysis-url.ts'
import { chainViewModel } from './chain-view-model.ts'
import { type PlaceLookup, resolveSubject } from './place-facts.ts'
import { usePlaceLookup } from './use-place-lookup.ts'
import { withinViewModel } from './within-view-model.ts'

/** Sector of the clusters tab when none is chosen (clusters are per sector). */
export const DEFAULT_CLUSTER_SECTOR = 'li-battery'

export function useResolvedSubject(subject: AnalysisSubject | null, lookup: PlaceLookup | null) {
  return useMemo(
    () => (subject && lookup ? resolveSubject(subject, lookup) : null),
    [subject, lookup],
  )
}

/**
 * The results of the open analysis's tab (queries of other tabs stay idle). Panel and map
 * overlay both call this; TanStack Query runs each request once.
 */
export function useAnalysisData(view: AnalysisView | null) {
  const lookup = usePlaceLookup(view ? [view.subject, ...view.candidates] : [])
  const sectors = useQuery(sectorListQuery()).data
  const subject = useResolvedSubject(view?.subject ?? null, lookup)
  const at = subject?.position ?? [0, 0]
  /** Whether distances can be measured from the subject (false: only its district is known). */
  const measurable = Boolean(subject?.position)
  const parkId = subject?.subject.kind === 'park' ? subject.subject.id : null
  const mode = view?.mode
  const on = (m: AnalysisView['mode']) => Boolean(view && subject && mode === m)
  const onPoint = (m: AnalysisView['mode']) => on(m) && measurable
  const v = view ?? { radiusKm: 1, sector: null, k: 1, chain: '', epsKm: 1, minPoints: 1 }
  const within = useQuery({ ...withinQuery(at, v.radiusKm), enabled: onPoint('radius') })
  const nearest = useQuery({ ...nearestQuery(at, v.sector, v.k), enabled: onPoint('nearest') })
  const clusterSector = v.sector ?? DEFAULT_CLUSTER_SECTOR
  const clusters = useQuery({
    ...clustersQuery(clusterSector, v.epsKm, v.minPoints),
    enabled: Boolean(view && mode === 'clusters'),
  })
  // A park is asked for by id: the API measures from its located parts and counts its members.
  const pointChain = useQuery({
    ...chainQuery(at, v.chain, v.radiusKm),
    enabled: onPoint('chain') && parkId === null,
  })
  const parkChain = useQuery({
    ...parkChainQuery(parkId ?? '', v.chain, v.radiusKm),
    enabled: on('chain') && parkId !== null,
  })
  const chain = parkId === null ? pointChain : parkChain
  const pointAccess = useQuery({
    ...accessQuery(at, v.sector),
    enabled: onPoint('access') && parkId === null,
  })
  const parkAccess = useQuery({
    ...parkAccessQuery(parkId ?? '', v.sector),
    enabled: on('access') && parkId !== null,
  })
  const access = parkId === null ? pointAccess : parkAccess
  const sectorOrder = useMemo(() => (sectors ?? []).map((s) => s.id), [sectors])
  const withinVm = useMemo(
    () => (within.data && lookup ? withinViewModel(within.data, lookup, sectorOrder) : undefined),
    [within.data, lookup, sectorOrder],
  )
  const chainVm = useMemo(
    () => (chain.data && lookup ? chainViewModel(chain.data, lookup) : undefined),
    [chain.data, lookup],
  )
  return {
    lookup,
    subject,
    measurable,
    clusterSector,
    within,
    withinVm,
    nearest,
    clusters,
    chain,
    chainVm,
    access,
  }
}

export type AnalysisData = ReturnType<typeof useAnalysisData>

/** A, B, C… */
export const candidateLabel = (index: number) => String.fromCharCode(65 + index)
