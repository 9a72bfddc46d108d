import type { Map as MapLibreMap, QueryRenderedFeaturesOptions } from 'maplibre-gl'
import type { MapDebugHandle } from './debug-handle-types.ts'

export function createDebugHandle(map: MapLibreMap, isReady: () => boolean): MapDebugHandle {
  return Object.freeze({
    get ready() {
      return isReady()
    },
    queryRenderedFeatures(layers: string[], box?: [[number, number], [number, number]]) {
      const options: QueryRenderedFeaturesOptions = {
        layers: layers.filter((id) => map.getLayer(id)),
      }
      const features = box
        ? map.queryRenderedFeatures(box, options)
        : map.queryRenderedFeatures(options)
      return features.map((f) => ({
        layer: f.layer.id,
        source: f.source,
        id: f.id,
        properties: { ...f.properties },
      }))
    },
    project(lngLat: [number, number]) {
      const { x, y } = map.project(lngLat)
      return { x, y }
    },
    getCamera() {
      const { lng, lat } = map.getCenter()
      return { center: [lng, lat] as [number, number], zoom: map.getZoom() }
    },
    getTextField(layerId: string) {
      return map.getLayer(layerId) ? map.getLayoutProperty(layerId, 'text-field') : undefined
    },
    getLayerIds() {
      return map.getStyle().layers.map((layer) => layer.id)
    },
  })
}
