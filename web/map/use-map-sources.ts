import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useVisiblePlaces } from '../lib/places/use-visible-places.ts'
import { basemapLayerQuery } from '../lib/queries/basemap.ts'
import { districtListQuery } from '../lib/queries/districts.ts'
import { infrastructureListQuery } from '../lib/queries/infrastructure.ts'
import { sectorListQuery } from '../lib/queries/sectors.ts'
import { siteListQuery } from '../lib/queries/sites.ts'
import { useView } from '../lib/url/view-context.tsx'
import { labelPoints } from './label-points.ts'
import { infrastructureMapFeatures, parkMapFeatures, siteMapFeatures } from './map-features.ts'
import type { SourceId } from './sources.ts'

export type SourceData = Record<SourceId, GeoJSON.FeatureCollection>

/**
 * The data of every map source, derived from the API queries and the current filters;
 * `null` until all of it has loaded. Objects keep their identity while inputs are unchanged,
 * so only sources whose data really changed are re-sent to the map.
 */
export function useMapSources(): SourceData | null {
  const sea = useQuery(basemapLayerQuery('sea')).data
  const neighbours = useQuery(basemapLayerQuery('neighbours')).data
  const outline = useQuery(basemapLayerQuery('outline')).data
  const coastline = useQuery(basemapLayerQuery('coastline')).data
  const haihe = useQuery(basemapLayerQuery('haihe')).data
  const districts = useQuery(districtListQuery()).data
  const infrastructure = useQuery(infrastructureListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const visible = useVisiblePlaces()
  const allSites = useQuery(siteListQuery()).data
  const { selection } = useView()
  const selectedSiteId = selection?.kind === 'site' ? selection.id : null
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
  const visibleParks = visible?.parks
  const parks = useMemo(() => visibleParks && parkMapFeatures(visibleParks), [visibleParks])
  const parkLabels = useMemo(() => parks && labelPoints(parks.features), [parks])
  const visibleSites = visible?.sites
  const sites = useMemo(
    () => visibleSites && sectors && siteMapFeatures(visibleSites, sectors),
    [visibleSites, sectors],
  )

  return useMemo(() => {
    if (!sea || !neighbours || !outline || !coastline || !haihe || !districts) return null
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
    districts,
    contextLabels,
    districtLabels,
    infrastructureData,
    parks,
    parkLabels,
    sites,
  ])
}
