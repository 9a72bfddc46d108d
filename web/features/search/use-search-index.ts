import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { aliasListQuery } from '../../lib/queries/aliases.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { infrastructureListQuery } from '../../lib/queries/infrastructure.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import type { SearchEntry } from './search-entry.ts'
import { buildSearchIndex } from './search-index.ts'

/** The search entries once every list has loaded (aliases are optional: [] on failure). */
export function useSearchIndex(): SearchEntry[] | null {
  const districts = useQuery(districtListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  const infrastructure = useQuery(infrastructureListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const chains = useQuery(chainListQuery()).data
  const aliases = useQuery(aliasListQuery())
  const aliasList = aliases.data ?? (aliases.isError ? [] : undefined)
  return useMemo(
    () =>
      districts && parks && sites && infrastructure && sectors && chains && aliasList
        ? buildSearchIndex({
            districts: districts.features,
            parks: parks.features,
            sites: sites.features,
            infrastructure: infrastructure.features,
            sectors,
            chains,
            aliases: aliasList,
          })
        : null,
    [districts, parks, sites, infrastructure, sectors, chains, aliasList],
  )
}
