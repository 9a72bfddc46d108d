import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import { parkListQuery } from '../queries/parks.ts'
import { sectorListQuery } from '../queries/sectors.ts'
import { siteListQuery } from '../queries/sites.ts'
import { useView } from '../url/view-context.tsx'
import { parkMatches, primarySector, sectorVisibility, siteMatches } from './place-filter.ts'

export interface VisiblePlaces {
  sites: SiteFeature[]
  parks: ParkFeature[]
  /** Visible sites by primary sector id. */
  siteCountBySector: ReadonlyMap<string, number>
  totalSites: number
}

/** Sites and parks that pass the current sector toggles and filters (shared by map and legend). */
export function useVisiblePlaces(): VisiblePlaces | null {
  const { hiddenSectors, filters } = useView()
  const sites = useQuery(siteListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  return useMemo(() => {
    if (!sites || !parks || !sectors) return null
    const isOn = sectorVisibility(hiddenSectors)
    const visibleSites = sites.features.filter((f) => siteMatches(f.properties, isOn, filters))
    const counts = new Map<string, number>()
    for (const site of visibleSites) {
      const sector = primarySector(site.properties)
      if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1)
    }
    return {
      sites: visibleSites,
      parks: parks.features.filter((f) => parkMatches(f.properties, isOn, filters)),
      siteCountBySector: counts,
      totalSites: sites.features.length,
    }
  }, [sites, parks, sectors, hiddenSectors, filters])
}
