import { type Query, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { basemapLayerQuery } from '../../lib/queries/basemap.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { infrastructureListQuery } from '../../lib/queries/infrastructure.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'

export interface CoreStatus {
  status: 'pending' | 'error' | 'success'
  retry: () => void
}

/** Whether everything the map needs has loaded, failed (with a retry), or is still loading. */
export function useCoreStatus(): CoreStatus {
  const client = useQueryClient()
  const results = [
    useQuery(districtListQuery()),
    useQuery(parkListQuery()),
    useQuery(siteListQuery()),
    useQuery(infrastructureListQuery()),
    useQuery(sectorListQuery()),
    useQuery(chainListQuery()),
    useQuery(basemapLayerQuery('sea')),
    useQuery(basemapLayerQuery('neighbours')),
    useQuery(basemapLayerQuery('outline')),
    useQuery(basemapLayerQuery('coastline')),
    useQuery(basemapLayerQuery('haihe')),
    useQuery(basemapLayerQuery('region')),
    useQuery(basemapLayerQuery('context')),
  ]
  // every query without data: the failed ones, and those still retrying a request that was
  // sent while the API was down (the site list waits for the configuration, so it fails
  // later). Those are cancelled first: refetching a query inside its own retry cycle only
  // continues that cycle, which left the site list stuck after the API came back.
  const retry = useCallback(() => {
    const filters = { predicate: (query: Query) => query.state.status !== 'success' }
    void client.cancelQueries(filters).then(() => client.refetchQueries(filters))
  }, [client])
  const status = results.some((r) => r.isError)
    ? 'error'
    : results.some((r) => r.isPending)
      ? 'pending'
      : 'success'
  return { status, retry }
}
