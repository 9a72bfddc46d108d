import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { deferredLayerIds } from './style/layers.ts'
import { isFirstStageSource, revealDeferredLayers } from './style/staged-layers.ts'

const DEFERRED_LAYERS = deferredLayerIds()

/**
 * The two stages of a live map's first paint (`style/staged-layers.ts`): until the first
 * frame with the districts, parks and sites is done, the data of the other sources (basemap,
 * labels, infrastructure, district badges) is held back, so the map's worker tiles the first
 * stage's data first; the second stage sends it and shows the deferred layers in one go.
 */
export class StagedPaint {
  private secondOn: MapLibreMap | null = null
  private readonly held = new Map<string, GeoJSON.FeatureCollection>()

  /** Sends `collection` to source `id` of `map`, or holds it until the second stage. */
  send(map: MapLibreMap, id: string, collection: GeoJSON.FeatureCollection): void {
    if (this.secondOn !== map && !isFirstStageSource(id)) {
      this.held.set(id, collection)
      return
    }
    map.getSource<GeoJSONSource>(id)?.setData(collection)
  }

  /** Whether the second stage has started on `map`. */
  started(map: MapLibreMap): boolean {
    return this.secondOn === map
  }

  /**
   * Starts the second stage on `map` (once): sends the held data and shows the deferred
   * layers. Returns whether anything changed (when not, no new frame follows).
   */
  start(map: MapLibreMap): boolean {
    if (this.secondOn === map) return false
    this.secondOn = map
    const held = [...this.held]
    this.held.clear()
    for (const [id, collection] of held) map.getSource<GeoJSONSource>(id)?.setData(collection)
    return revealDeferredLayers(map, DEFERRED_LAYERS) > 0 || held.length > 0
  }
}
