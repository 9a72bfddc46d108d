import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { basemapLayerQuery } from '../../lib/queries/basemap.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { infrastructureListQuery } from '../../lib/queries/infrastructure.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { labelPoints } from '../../map/label-points.ts'
import {
  infrastructureMapFeatures,
  parkMapFeatures,
  siteMapFeatures,
} from '../../map/map-features.ts'
import type { SourceId } from '../../map/sources.ts'

type Sources = Partial<Record<SourceId, GeoJSON.FeatureCollection>>

/**
 * The static map's sources — every park and site, unfiltered — built with the main map's
 * feature helpers; null until all of it has loaded.
 */
export function useBriefMapSources(selectedSiteId: string | null): Sources | null {
  const sea = useQuery(basemapLayerQuery('sea')).data
  const neighbours = useQuery(basemapLayerQuery('neighbours')).data
  const outline = useQuery(basemapLayerQuery('outline')).data
  const coastline = useQuery(basemapLayerQuery('coastline')).data
  const haihe = useQuery(basemapLayerQuery('haihe')).data
  const districts = useQuery(districtListQuery()).data
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const infrastructure = useQuery(infrastructureListQuery()).data
  return useMemo(() => {
    if (!sea || !neighbours || !outline || !coastline || !haihe) return null
    if (!districts || !parks || !sites || !sectors || !infrastructure) return null
    const parkFeatures = parkMapFeatures(parks.features)
    const selected = sites.features.filter((f) => f.properties.id === selectedSiteId)
    return {
      sea,
      neighbours,
      outline,
      coastline,
      haihe,
      districts: districts as GeoJSON.FeatureCollection,
      'district-labels': labelPoints(districts.features),
      'context-labels': {
        type: 'FeatureCollection',
        features: [
          ...labelPoints(sea.features, { role: 'sea' }).features,
          ...labelPoints(neighbours.features, { role: 'neighbour' }).features,
        ],
      },
      parks: parkFeatures,
      'park-labels': labelPoints(parkFeatures.features),
      infrastructure: infrastructureMapFeatures(infrastructure.features),
      sites: siteMapFeatures(sites.features, sectors),
      'selected-site': { type: 'FeatureCollection', features: selected },
    }
  }, [
    sea,
    neighbours,
    outline,
    coastline,
    haihe,
    districts,
    parks,
    sites,
    sectors,
    infrastructure,
    selectedSiteId,
  ])
}
