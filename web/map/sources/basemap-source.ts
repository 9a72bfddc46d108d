import type { ExpressionSpecification } from 'maplibre-gl'
import type { BasemapLayerName } from '../../../api/client/create-api-client.ts'

/** The property naming each basemap feature's API layer inside the one basemap source. */
export const BASEMAP_LAYER_PROPERTY = 'basemap_layer'

/** The basemap layers the map draws, all in the one `basemap` source. */
export const MAP_BASEMAP_LAYERS = [
  'region',
  'sea',
  'neighbours',
  'context',
  'outline',
  'coastline',
  'haihe',
] as const satisfies readonly BasemapLayerName[]
export type MapBasemapLayer = (typeof MAP_BASEMAP_LAYERS)[number]

/** Filter of a style layer drawing one basemap layer (and, optionally, only some of it). */
export function basemapFilter(
  layer: MapBasemapLayer,
  also?: ExpressionSpecification,
): ExpressionSpecification {
  const own: ExpressionSpecification = ['==', ['get', BASEMAP_LAYER_PROPERTY], layer]
  return also ? ['all', own, also] : own
}

/**
 * The basemap layers as one collection, each feature tagged with its layer (the API's own
 * objects are left untouched; their other properties are kept).
 */
export function mergedBasemap(
  layers: Record<MapBasemapLayer, GeoJSON.FeatureCollection>,
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: MAP_BASEMAP_LAYERS.flatMap((layer) =>
      layers[layer].features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, [BASEMAP_LAYER_PROPERTY]: layer },
      })),
    ),
  }
}
