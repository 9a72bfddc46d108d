import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import { isLocatedSite } from '../../lib/places/place-location.ts'
import { basemapLayerQuery } from '../../lib/queries/basemap.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { infrastructureListQuery } from '../../lib/queries/infrastructure.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { mergedBasemap } from './basemap-source.ts'
import { labelPoints } from './label-points.ts'
import {
  districtLevelFeatures,
  infrastructureMapFeatures,
  parkMapFeatures,
  siteMapFeatures,
} from './map-features.ts'
import type { SourceId } from './sources.ts'

export type SourceData = Record<SourceId, GeoJSON.FeatureCollection>

/** The parks and sites a map shows (the app's filtered ones, or all of them in a brief). */
export interface ShownPlaces {
  parks: readonly ParkFeature[]
  sites: readonly SiteFeature[]
  /** District-level sites by district when `sites` is not the list (tiles): badge counts. */
  districtLevelSites?: ReadonlyMap<string, number>
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
  const basemap = useMemo(
    () =>
      sea && neighbours && outline && coastline && haihe && region && context
        ? mergedBasemap({ sea, neighbours, outline, coastline, haihe, region, context })
        : null,
    [sea, neighbours, outline, coastline, haihe, region, context],
  )
  const districts = useQuery(districtListQuery()).data
  const infrastructure = useQuery(infrastructureListQuery()).data
  const sectors = useQuery(sectorListQuery()).data
  const allSites = useQuery(siteListQuery()).data
  const selectedSite = useMemo(
    (): GeoJSON.FeatureCollection => ({
      type: 'FeatureCollection',
      // A district-level site has no position to ring: its district is highlighted instead.
      features: (allSites?.features ?? []).filter(
        (f) => f.properties.id === selectedSiteId && isLocatedSite(f),
      ),
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
  const parkLabels = useMemo(() => parks && parkLabelPoints(parks.features), [parks])
  const shownSites = shown?.sites
  const sites = useMemo(
    () => shownSites && sectors && siteMapFeatures(shownSites, sectors),
    [shownSites, sectors],
  )

  const unlisted = shown?.districtLevelSites
  const districtLevel = useMemo(
    () =>
      districts && shownSites && shownParks
        ? districtLevelFeatures(districts.features, shownSites, shownParks, unlisted)
        : null,
    [districts, shownSites, shownParks, unlisted],
  )

  return useMemo(() => {
    if (!basemap || !districts) return null
    if (
      !contextLabels ||
      !districtLabels ||
      !infrastructureData ||
      !parks ||
      !parkLabels ||
      !sites ||
      !districtLevel
    ) {
      return null
    }
    return {
      basemap,
      districts: districts as GeoJSON.FeatureCollection,
      'district-labels': districtLabels,
      'context-labels': contextLabels,
      parks,
      'park-labels': parkLabels,
      infrastructure: infrastructureData,
      sites,
      'selected-site': selectedSite,
      'district-level': districtLevel,
    }
  }, [
    selectedSite,
    basemap,
    districts,
    contextLabels,
    districtLabels,
    infrastructureData,
    parks,
    parkLabels,
    sites,
    districtLevel,
  ])
}

/** Park name points: inside each outline, at each point park's point (rings carry no name). */
function parkLabelPoints(features: readonly GeoJSON.Feature[]): GeoJSON.FeatureCollection {
  const role = (f: GeoJSON.Feature) => f.properties?.role
  const outlines = features.filter((f) => role(f) === 'outline' || role(f) === 'partial')
  const points = features.filter((f) => role(f) === 'point')
  return { type: 'FeatureCollection', features: [...labelPoints(outlines).features, ...points] }
}
