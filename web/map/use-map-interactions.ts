import type {
  GeoJSONSource,
  MapGeoJSONFeature,
  Map as MapLibreMap,
  MapMouseEvent,
} from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { Picked } from '../lib/stores/pick-store.ts'
import type { Selection } from '../lib/url/view-url.ts'
import type { ClickDeclaration, MapClickEvent } from './overlay/overlay-registry.ts'
import { SITE_CLUSTER_MAX_ZOOM, SOURCE, SPIDER_SOURCE } from './sources/sources.ts'
import { INTERACTIVE_LAYERS } from './style/layers.ts'

type FeatureRef = { source: string; sourceLayer?: string; id: string | number }

function topFeature(map: MapLibreMap, event: MapMouseEvent): MapGeoJSONFeature | undefined {
  const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id))
  const features = map.queryRenderedFeatures(event.point, { layers })
  // queryRenderedFeatures returns topmost first; prefer points over areas where both are hit.
  return INTERACTIVE_LAYERS.flatMap((id) => features.filter((f) => f.layer.id === id))[0]
}

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
  const id = feature.id === undefined ? null : String(feature.id)
  if (!id) return null
  if (feature.source === SOURCE.sites || feature.source === SPIDER_SOURCE)
    return { kind: 'site', id }
  if (feature.source === SOURCE.parks) return { kind: 'park', id }
  if (feature.source === SOURCE.districts) return { kind: 'district', id }
  return null
}

/**
 * A cluster zooms in until it splits; one that never splits (sites sharing a point) lists
 * its sites in the details panel instead.
 */
async function openCluster(
  map: MapLibreMap,
  cluster: MapGeoJSONFeature,
  onPick: (picked: Picked | null) => void,
): Promise<void> {
  const source = map.getSource<GeoJSONSource>(SOURCE.sites)
  if (!source) return
  const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number]
  if (source.type !== 'geojson') {
    // a tiled cluster knows only its count: zoom towards where its sites stand apart
    map.easeTo({ center, zoom: Math.min(map.getZoom() + 2, SITE_CLUSTER_MAX_ZOOM + 1) })
    return
  }
  const clusterId = Number(cluster.properties.cluster_id)
  const zoom = await source.getClusterExpansionZoom(clusterId)
  if (zoom <= map.getMaxZoom() && zoom > map.getZoom()) {
    map.easeTo({ center, zoom: zoom + 0.5 })
    return
  }
  const leaves = await source.getClusterLeaves(clusterId, 500, 0)
  onPick({ keys: leaves.map((leaf) => `site:${String(leaf.properties?.id)}`), district: null })
}

/** What the map does on hover and click, and what its children declared. */
export interface MapInteractions {
  onSelect: (selection: Selection | null) => void
  /** Places to choose from: a cluster that never splits, a district badge (null clears). */
  onPick: (picked: Picked | null) => void
  /** Declared click handlers, run first (in order); one returning true ends the click. */
  clicks: readonly ClickDeclaration[]
  /** A declared cursor, which wins over the hover pointer. */
  cursor: string | null
  /**
   * A shape is being edited: clicks and hovers belong to the drawing tool (a corner of a new
   * outline must not select the district under it), so the map selects nothing.
   */
  editing: boolean
}

/** The declared handlers' view of a click: where, and the top feature of their layers. */
function overlayClick(
  map: MapLibreMap,
  event: MapMouseEvent,
  click: ClickDeclaration,
): MapClickEvent | null {
  const layers = (click.layers ?? []).filter((id) => map.getLayer(id))
  const hit = layers.length > 0 ? map.queryRenderedFeatures(event.point, { layers })[0] : undefined
  if (click.layers && !hit) return null
  const { lng, lat } = event.lngLat
  const feature = hit
    ? { layer: hit.layer.id, id: hit.id, properties: { ...hit.properties } }
    : null
  return { lngLat: [lng, lat], feature }
}

/**
 * Hover (feature-state `hover`, pointer cursor) and click: declared handlers first, then a
 * cluster opens, a site, park or district is selected, empty map clears the selection; none
 * of it while a shape is being edited.
 */
export function useMapInteractions(map: MapLibreMap | null, interactions: MapInteractions): void {
  const current = useRef(interactions)
  current.current = interactions
  const { cursor } = interactions
  useEffect(() => {
    if (map) map.getCanvas().style.cursor = cursor ?? ''
  }, [map, cursor])
  useEffect(() => {
    if (!map) return
    let hovered: FeatureRef | null = null
    const setHover = (next: FeatureRef | null) => {
      if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false })
      hovered = next
      if (hovered) map.setFeatureState(hovered, { hover: true })
    }
    const onMove = (event: MapMouseEvent) => {
      if (current.current.editing) return setHover(null)
      const feature = topFeature(map, event)
      const next =
        feature?.id !== undefined
          ? { source: feature.source, sourceLayer: feature.sourceLayer, id: feature.id }
          : null
      if (next?.source !== hovered?.source || next?.id !== hovered?.id) setHover(next)
      const pointer = feature && feature.source !== SOURCE.districts ? 'pointer' : ''
      map.getCanvas().style.cursor = current.current.cursor ?? pointer
    }
    const onClick = (event: MapMouseEvent) => {
      if (current.current.editing) return
      for (const click of current.current.clicks) {
        const overlay = overlayClick(map, event, click)
        if (overlay && click.onClick(overlay)) return
      }
      const feature = topFeature(map, event)
      const { onPick, onSelect } = current.current
      if (feature?.layer.id === 'sites-cluster') {
        void openCluster(map, feature, onPick)
        return
      }
      if (feature?.layer.id === 'district-level-badge') {
        const keys = String(feature.properties.places ?? '')
          .split(',')
          .filter(Boolean)
        const unlisted = Number(feature.properties.unlisted ?? 0)
        onPick({ keys, district: String(feature.properties.code), unlisted })
        return
      }
      onPick(null)
      onSelect(feature ? selectionOf(feature) : null)
    }
    const onLeave = () => setHover(null)
    map.on('mousemove', onMove)
    map.on('click', onClick)
    map.getCanvas().addEventListener('mouseleave', onLeave)
    return () => {
      map.off('mousemove', onMove)
      map.off('click', onClick)
      map.getCanvas().removeEventListener('mouseleave', onLeave)
    }
  }, [map])
}
