import type {
  GeoJSONSource,
  MapGeoJSONFeature,
  Map as MapLibreMap,
  MapMouseEvent,
} from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { pickStore } from '../lib/stores/pick-store.ts'
import type { Selection } from '../lib/url/view-url.ts'
import { INTERACTIVE_LAYERS } from './layers.ts'
import { SOURCE } from './sources.ts'

type FeatureRef = { source: string; id: string | number }

function topFeature(map: MapLibreMap, event: MapMouseEvent): MapGeoJSONFeature | undefined {
  const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id))
  const features = map.queryRenderedFeatures(event.point, { layers })
  // queryRenderedFeatures returns topmost first; prefer points over areas where both are hit.
  return INTERACTIVE_LAYERS.flatMap((id) => features.filter((f) => f.layer.id === id))[0]
}

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
  const id = feature.id === undefined ? null : String(feature.id)
  if (!id) return null
  if (feature.source === SOURCE.sites) return { kind: 'site', id }
  if (feature.source === SOURCE.parks) return { kind: 'park', id }
  if (feature.source === SOURCE.districts) return { kind: 'district', id }
  return null
}

/**
 * A cluster zooms in until it splits; one that never splits (sites sharing a point) lists
 * its sites in the details panel instead.
 */
async function openCluster(map: MapLibreMap, cluster: MapGeoJSONFeature): Promise<void> {
  const source = map.getSource<GeoJSONSource>(SOURCE.sites)
  if (!source) return
  const clusterId = Number(cluster.properties.cluster_id)
  const zoom = await source.getClusterExpansionZoom(clusterId)
  if (zoom <= map.getMaxZoom() && zoom > map.getZoom()) {
    const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number]
    map.easeTo({ center, zoom: zoom + 0.5 })
    return
  }
  const leaves = await source.getClusterLeaves(clusterId, 500, 0)
  pickStore.set(leaves.map((leaf) => String(leaf.properties?.id)))
}

/**
 * Hover (feature-state `hover`, pointer cursor) and click: a cluster opens, a site, park or
 * district is selected, empty map clears the selection.
 */
export function useMapInteractions(
  map: MapLibreMap | null,
  onSelect: (s: Selection | null) => void,
): void {
  const onSelectRef = useRef(onSelect)
  onSelectRef.current = onSelect
  useEffect(() => {
    if (!map) return
    let hovered: FeatureRef | null = null
    const setHover = (next: FeatureRef | null) => {
      if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false })
      hovered = next
      if (hovered) map.setFeatureState(hovered, { hover: true })
    }
    const onMove = (event: MapMouseEvent) => {
      const feature = topFeature(map, event)
      const next = feature?.id !== undefined ? { source: feature.source, id: feature.id } : null
      if (next?.source !== hovered?.source || next?.id !== hovered?.id) setHover(next)
      map.getCanvas().style.cursor = feature && feature.source !== SOURCE.districts ? 'pointer' : ''
    }
    const onClick = (event: MapMouseEvent) => {
      // Already handled by an overlay that sees clicks first (e.g. the analysis's point picking).
      if (event.defaultPrevented) return
      const feature = topFeature(map, event)
      if (feature?.layer.id === 'sites-cluster') {
        void openCluster(map, feature)
        return
      }
      pickStore.set(null)
      onSelectRef.current(feature ? selectionOf(feature) : null)
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
