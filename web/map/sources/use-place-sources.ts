import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import { basemapLayerQuery } from '../../lib/queries/basemap.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { infrastructureListQuery } from '../../lib/queries/infrastructure.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { labelPoints } from './label-points.ts'
import { infrastructureMapFeatures, parkMapFeatures, siteMapFeatures } from './map-features.ts'
import type { SourceId } from './sources.ts'

export type SourceData = Record<SourceId, GeoJSON.FeatureCollection>

/** The parks and sites a map shows (the app's filtered ones, or all of them in a brief). */
export interface ShownPlaces {
  parks: readonly ParkFeature[]
  sites: readonly SiteFeature[]
}

/**
 * The data of every source of the map: the basemap, districts and infrastructure from the
 * API queries, the `shown` parks and sites, and the selected site (drawn even when filtered
 * out); `null` until all of it has loaded. Objects keep their identity while inputs are
 * unchanged, so only sources whose data really changed are re-sent to the map.
 */
export function usePlaceSources(
  shown: ShownPlaces | null,
  selectedSiteId: string | null,
): SourceData | null {
  const sea = useQuery(basemapLayerQuery('sea')).data
  const neighbours = useQuery(basemapLayerQuery('neighbours')).data
  const outline = useQuery(basemapLayerQuery('outline')).data
  const coastline = useQuery(basemapLayerQuery('coastline')).data
  const haihe = useQuery(basemapLayerQuery('haihe')).data
  const region = useQuery(basemapLayerQuery('region')).data
  const context = useQuery(basemapLayerQuery('context')).data
  const districts = useQuery(districtListQuery()).data
  const infrastructure = useQuery(infrastructureListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const allSites = useQuery(siteListQuery()).data
  const selectedSite = useMemo(
    (): GeoJSON.FeatureCollection => ({
      type: 'FeatureCollection',
      features: (allSites?.features ?? []).filter((f) => f.properties.id === selectedSiteId),
    }),
    [allSites, selectedSiteId],
  )

  const contextLabels = useMemo(
    () =>
      sea && neighbours
        ? {
            type: 'FeatureCollection' as const,
            features: [
              ...labelPoints(sea.features, { role: 'sea' }).features,
              ...labelPoints(neighbours.features, { role: 'neighbour' }).features,
            ],
          }
        : null,
    [sea, neighbours],
  )
  const districtLabels = useMemo(() => districts && labelPoints(districts.features), [districts])
  const infrastructureData = useMemo(
    () => infrastructure && infrastructureMapFeatures(infrastructure.features),
    [infrastructure],
  )
  const shownParks = shown?.parks
  const parks = useMemo(() => shownParks && parkMapFeatures(shownParks), [shownParks])
  const parkLabels = useMemo(() => parks && labelPoints(parks.features), [parks])
  const shownSites = shown?.sites
  const sites = useMemo(
    () => shownSites && sectors && siteMapFeatures(shownSites, sectors),
    [shownSites, sectors],
  )

  return useMemo(() => {
    if (!sea || !neighbours || !outline || !coastline || !haihe || !districts) return null
    if (!region || !context) return null
    if (
      !contextLabels ||
      !districtLabels ||
      !infrastructureData ||
      !parks ||
      !parkLabels ||
      !sites
    ) {
      return null
    }
    return {
      sea,
      neighbours,
      outline,
      coastline,
      haihe,
      region,
      context,
      districts: districts as GeoJSON.FeatureCollection,
      'district-labels': districtLabels,
      'context-labels': contextLabels,
      parks,
      'park-labels': parkLabels,
      infrastructure: infrastructureData,
      sites,
      'selected-site': selectedSite,
    }
  }, [
    selectedSite,
    sea,
    neighbours,
    outline,
    coastline,
    haihe,
    region,
    context,
    districts,
    contextLabels,
    districtLabels,
    infrastructureData,
    parks,
    parkLabels,
    sites,
  ])
}
