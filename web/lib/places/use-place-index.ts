import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { districtListQuery } from '../queries/districts.ts'
import { parkListQuery } from '../queries/parks.ts'
import { siteListQuery } from '../queries/sites.ts'
import { buildPlaceIndex, type PlaceIndex } from './place-index.ts'

/** All districts, parks and sites by `<kind>:<id>` (null until loaded). */
export function usePlaceIndex(): PlaceIndex | null {
  const districts = useQuery(districtListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  return useMemo(
    () =>
      districts && parks && sites
        ? buildPlaceIndex(districts.features, parks.features, sites.features)
        : null,
    [districts, parks, sites],
  )
}
