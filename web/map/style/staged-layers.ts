import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { SOURCE } from '../sources/sources.ts'

/** What the first stage draws: the districts, parks and sites (and the selected one). */
export const FIRST_STAGE_SOURCE_IDS: readonly string[] = [
  SOURCE.districts,
  SOURCE.parks,
  SOURCE.sites,
  SOURCE.selectedSite,
]
const FIRST_STAGE_SOURCES: ReadonlySet<string> = new Set(FIRST_STAGE_SOURCE_IDS)

/** Whether every tile of the first stage's sources (districts, parks, sites) is loaded. */
export const firstStageLoaded = (map: MapLibreMap) =>
  FIRST_STAGE_SOURCE_IDS.every((id) => !map.getSource(id) || map.isSourceLoaded(id))

/** Whether a source's data is needed by the first stage (else it is sent with the second). */
export const isFirstStageSource = (id: string) => FIRST_STAGE_SOURCES.has(id)

/**
 * Whether a layer waits for the second stage of the first paint: every symbol layer (names,
 * cluster counts, district badges, infrastructure icons), every layer filled with an image
 * (a partial park's hatch: the worker asks the main thread for the image per tile, a round
 * trip the first frame would wait for) and every layer of another source than the districts,
 * parks and sites (the basemap's land, sea and lines, infrastructure areas). The first frame
 * draws the data with few shader programs (which a software GPU compiles slowly, ~40 ms
 * each); the second stage follows as soon as that frame is done, as map products render
 * progressively.
 */
export function isDeferredLayer(layer: LayerSpecification): boolean {
  if (layer.type === 'symbol' || hasPattern(layer)) return true
  return 'source' in layer && typeof layer.source === 'string'
    ? !FIRST_STAGE_SOURCES.has(layer.source)
    : false
}

/** Whether `layer` fills with an image (the worker asks the main thread for it per tile). */
const hasPattern = (layer: LayerSpecification) =>
  'paint' in layer &&
  layer.paint !== undefined &&
  ('fill-pattern' in layer.paint || 'line-pattern' in layer.paint)

/** `layers` with every deferred layer hidden (`visibility: none`, so the worker skips it). */
export function hideDeferredLayers(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) =>
    isDeferredLayer(layer)
      ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification)
      : layer,
  )
}

/**
 * Shows the deferred layers of `map`'s style that are still hidden; returns how many it
 * showed (0 when there was nothing left to show, so no new frame will follow).
 */
export function revealDeferredLayers(map: MapLibreMap, deferred: readonly string[]): number {
  let shown = 0
  for (const id of deferred) {
    if (!map.getLayer(id) || map.getLayoutProperty(id, 'visibility') !== 'none') continue
    map.setLayoutProperty(id, 'visibility', 'visible')
    shown++
  }
  return shown
}
