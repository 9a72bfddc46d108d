import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import { useTiledSites } from '../queries/config.ts'
import { parkListQuery } from '../queries/parks.ts'
import { sectorListQuery } from '../queries/sectors.ts'
import { siteCountsQuery } from '../queries/site-counts.ts'
import { siteListQuery } from '../queries/sites.ts'
import { useView } from '../url/view-context.tsx'
import { parkMatches, sectorVisibility, siteMatches } from './place-filter.ts'
import { listedSiteCounts, type ShownSiteCounts, serverSiteCounts } from './shown-site-counts.ts'

export interface VisiblePlaces extends ShownSiteCounts {
  /**
   * The visible sites — all of them when the browser has the site list; none when the map
   * draws tiles (a large dataset): then the counts come from the server.
   */
  sites: SiteFeature[]
  parks: ParkFeature[]
  totalSites: number
}

/** Sites and parks that pass the current sector toggles and filters (shared by map and legend). */
export function useVisiblePlaces(): VisiblePlaces | null {
  const { hiddenSectors, filters } = useView()
  const tiled = useTiledSites()
  const sites = useQuery(siteListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const counts = useQuery({ ...siteCountsQuery(filters), enabled: tiled }).data
  return useMemo(() => {
    if (!sites || !parks || !sectors || (tiled && !counts)) return null
    const isOn = sectorVisibility(hiddenSectors)
    const visibleSites = sites.features.filter((f) => siteMatches(f.properties, isOn, filters))
    return {
      sites: visibleSites,
      parks: parks.features.filter((f) => parkMatches(f.properties, isOn, filters)),
      ...(counts ? serverSiteCounts(counts, isOn) : listedSiteCounts(visibleSites)),
      totalSites: sites.total,
    }
  }, [sites, parks, sectors, hiddenSectors, filters, counts, tiled])
}
