import type {
  FilterSpecification,
  GeoJSONSource,
  MapGeoJSONFeature,
  Map as MapLibreMap,
} from 'maplibre-gl'
import { useEffect } from 'react'
import type { Selection } from '../lib/url/view-url.ts'
import { SOURCE, SPIDER_SOURCE } from './sources/sources.ts'
import { spiderOffsets } from './sources/spider-layout.ts'
import { isTiledSites } from './sources/use-site-tiles.ts'

/** The layers drawing cluster bubbles and counts, with their own filters. */
const CLUSTER_FILTERS = {
  'sites-cluster': ['has', 'point_count'],
  'sites-cluster-count': null,
} as const satisfies Record<string, FilterSpecification | null>
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** The drawn cluster that holds site `siteId`, with its sites, or null. */
async function clusterHolding(map: MapLibreMap, siteId: string) {
  const source = map.getSource<GeoJSONSource>(SOURCE.sites)
  // tiled sites: a tile's cluster cannot list its sites; the selected site shows when zoomed in
  if (source?.type !== 'geojson' || !map.getLayer('sites-cluster')) return null
  const clusters = map.queryRenderedFeatures({ layers: ['sites-cluster'] })
  const seen = new Set<number>()
  for (const cluster of clusters) {
    const clusterId = Number(cluster.properties.cluster_id)
    if (seen.has(clusterId)) continue
    seen.add(clusterId)
    const leaves = await source.getClusterLeaves(clusterId, 1000, 0)
    if (leaves.some((leaf) => leaf.properties?.id === siteId)) return { cluster, leaves }
  }
  return null
}

/** The fanned-out sites of `cluster` as GeoJSON: the hub, a leg and a point per site. */
function spiderData(
  map: MapLibreMap,
  cluster: MapGeoJSONFeature,
  leaves: readonly GeoJSON.Feature[],
  siteId: string,
): GeoJSON.FeatureCollection {
  const hub = (cluster.geometry as GeoJSON.Point).coordinates as [number, number]
  const centre = map.project(hub)
  const sorted = [...leaves].sort((a, b) =>
    String(a.properties?.id).localeCompare(String(b.properties?.id)),
  )
  const offsets = spiderOffsets(sorted.length)
  const features: GeoJSON.Feature[] = [
    { type: 'Feature', properties: { role: 'hub' }, geometry: { type: 'Point', coordinates: hub } },
  ]
  sorted.forEach((leaf, i) => {
    const [dx, dy] = offsets[i] ?? [0, 0]
    const { lng, lat } = map.unproject([centre.x + dx, centre.y + dy])
    features.push(
      {
        type: 'Feature',
        properties: { role: 'leg' },
        geometry: { type: 'LineString', coordinates: [hub, [lng, lat]] },
      },
      {
        type: 'Feature',
        properties: { ...leaf.properties, role: 'leaf', selected: leaf.properties?.id === siteId },
        geometry: { type: 'Point', coordinates: [lng, lat] },
      },
    )
  })
  return { type: 'FeatureCollection', features }
}

/**
 * When the selected site sits inside a cluster, that cluster is expanded: its bubble is
 * hidden and its sites are fanned out on legs from its point, the selected one ringed and
 * named on top (the legs show that the fanned positions are not the sites' own). Redone after
 * every move, since the fan is laid out in pixels; undone when the selection changes.
 */
export function useExpandedCluster(
  map: MapLibreMap | null,
  selection: Selection | null,
  dataVersion: number,
): void {
  const siteId = selection?.kind === 'site' ? selection.id : null
  useEffect(() => {
    if (!map || dataVersion === 0) return
    let run = 0
    const clear = () => {
      map.getSource<GeoJSONSource>(SPIDER_SOURCE)?.setData(EMPTY)
      // a tiled map never expands a cluster: its filters are the sector switches' (use-site-tiles)
      for (const [id, filter] of isTiledSites(map) ? [] : Object.entries(CLUSTER_FILTERS)) {
        if (map.getLayer(id)) map.setFilter(id, filter)
      }
      if (map.getLayer('sites-selected'))
        map.setLayoutProperty('sites-selected', 'visibility', 'visible')
    }
    const update = async () => {
      const mine = ++run
      if (!siteId) return clear()
      const found = await clusterHolding(map, siteId)
      if (mine !== run) return
      if (!found) return clear()
      const clusterId = Number(found.cluster.properties.cluster_id)
      const other: FilterSpecification = ['!=', ['get', 'cluster_id'], clusterId]
      for (const [id, filter] of Object.entries(CLUSTER_FILTERS)) {
        map.setFilter(id, filter ? ['all', filter, other] : other)
      }
      map.setLayoutProperty('sites-selected', 'visibility', 'none')
      map
        .getSource<GeoJSONSource>(SPIDER_SOURCE)
        ?.setData(spiderData(map, found.cluster, found.leaves, siteId))
    }
    const onMoveEnd = () => void update()
    void update()
    map.on('moveend', onMoveEnd)
    map.on('zoomstart', clear)
    return () => {
      run++
      map.off('moveend', onMoveEnd)
      map.off('zoomstart', clear)
      if (map.getStyle()) clear()
    }
  }, [map, siteId, dataVersion])
}
