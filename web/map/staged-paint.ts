import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { deferredLayerIds } from './style/layers.ts'
import {
  firstStageLoaded,
  isFirstStageSource,
  revealDeferredLayers,
} from './style/staged-layers.ts'

const DEFERRED_LAYERS = deferredLayerIds()

/**
 * The two stages of a live map's first paint (`style/staged-layers.ts`). The data of the
 * other sources (basemap, labels, infrastructure, district badges) is held back until the
 * worker has tiled the districts, parks and sites, then sent while their layers are still
 * hidden (the worker indexes it while the main thread draws the first frame); once that
 * frame is done, the second stage shows the deferred layers.
 */
export class StagedPaint {
  private secondOn: MapLibreMap | null = null
  /** The map the held data has gone to. */
  private sentOn: MapLibreMap | null = null
  private watching: MapLibreMap | null = null
  private readonly held = new Map<string, GeoJSON.FeatureCollection>()

  /** Sends `collection` to source `id` of `map`, or holds it (see the class). */
  send(map: MapLibreMap, id: string, collection: GeoJSON.FeatureCollection): void {
    if (this.sentOn !== map && !isFirstStageSource(id)) {
      this.held.set(id, collection)
      return
    }
    map.getSource<GeoJSONSource>(id)?.setData(collection)
    if (isFirstStageSource(id)) this.sendHeldOnceTiled(map)
  }

  /** Whether the second stage has started on `map`. */
  started(map: MapLibreMap): boolean {
    return this.secondOn === map
  }

  /**
   * Starts the second stage on `map` (once): sends what is still held and shows the deferred
   * layers. Returns whether anything changed (when not, no new frame follows).
   */
  start(map: MapLibreMap): boolean {
    if (this.secondOn === map) return false
    this.secondOn = map
    const sending = this.held.size
    this.sendHeld(map)
    return revealDeferredLayers(map, DEFERRED_LAYERS) > 0 || sending > 0
  }

  /**
   * Sends the held data once every first-stage source of `map` is loaded (called by `send`,
   * or by the caller when the map was created holding the first stage's data).
   */
  sendHeldOnceTiled(map: MapLibreMap): void {
    if (this.watching === map) return
    this.watching = map
    const onData = () => {
      if (!firstStageLoaded(map)) return
      map.off('sourcedata', onData)
      this.sendHeld(map)
    }
    map.on('sourcedata', onData)
  }

  private sendHeld(map: MapLibreMap): void {
    this.sentOn = map
    const held = [...this.held]
    this.held.clear()
    for (const [id, collection] of held) map.getSource<GeoJSONSource>(id)?.setData(collection)
  }
}
