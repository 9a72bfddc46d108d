import { useQuery } from '@tanstack/react-query'
import type { SiteProperties } from '../../../api/domain/index.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'

/** The map colour of a site's primary sector (undefined until the sectors are in). */
export function useSectorColor(): (site: SiteProperties | undefined) => string | undefined {
  const sectors = useQuery(sectorListQuery()).data ?? []
  return (site) => {
    const sector = site && sectors.find((s) => s.id === primarySector(site))
    return sector?.color
  }
}
