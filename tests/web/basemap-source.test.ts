import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import {
  BASEMAP_LAYER_PROPERTY,
  MAP_BASEMAP_LAYERS,
  type MapBasemapLayer,
  mergedBasemap,
} from '../../web/map/sources/basemap-source.ts'
import { SOURCE } from '../../web/map/sources/sources.ts'
import { mapLayers } from '../../web/map/style/layers.ts'

const point: GeoJSON.Point = { type: 'Point', coordinates: [117.2, 39.1] }
const one = (properties: GeoJSON.GeoJsonProperties = {}): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: point, properties }],
})
/** One feature per basemap layer, with the `role` its style layers select on where they do. */
const layers: Record<MapBasemapLayer, GeoJSON.FeatureCollection> = {
  region: one({ role: 'land' }),
  sea: one(),
  neighbours: one(),
  context: one({ role: 'urban' }),
  outline: one(),
  coastline: one(),
  haihe: one(),
}

describe('the one basemap source', () => {
  it('holds every basemap layer, each feature tagged with its layer, inputs untouched', () => {
    const merged = mergedBasemap(layers)
    expect(merged.features.map((f) => f.properties?.[BASEMAP_LAYER_PROPERTY])).toEqual([
      ...MAP_BASEMAP_LAYERS,
    ])
    expect(merged.features[0]?.properties).toEqual({ role: 'land', basemap_layer: 'region' })
    expect(layers.region.features[0]?.properties).toEqual({ role: 'land' })
  })

  it('is drawn only by style layers that each select exactly one basemap layer', () => {
    const merged = mergedBasemap(layers).features
    const onBasemap = mapLayers('zh').filter((l) => 'source' in l && l.source === SOURCE.basemap)
    expect(onBasemap.length).toBeGreaterThan(10)
    for (const [i, layer] of onBasemap.entries()) {
      const filter = featureFilter(
        'filter' in layer ? layer.filter : undefined,
        `layers[${i}].filter`,
      )
      const drawn = new Set(
        merged
          .filter((f) => filter.filter({ zoom: 10 }, { type: 1, properties: f.properties ?? {} }))
          .map((f) => f.properties?.[BASEMAP_LAYER_PROPERTY]),
      )
      expect(drawn.size, layer.id).toBeLessThanOrEqual(1)
      expect('filter' in layer && JSON.stringify(layer.filter), layer.id).toContain(
        BASEMAP_LAYER_PROPERTY,
      )
    }
  })
})
