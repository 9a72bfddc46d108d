import type { LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { basemapLabelLayers, basemapLayers } from './basemap-layers.ts'
import { districtLevelLayers } from './district-level-layers.ts'
import { infrastructureLayers } from './infrastructure-layers.ts'
import { parkLabelLayers, parkLayers } from './park-layers.ts'
import {
  selectedSiteLayers,
  siteBlockerLayers,
  siteLabelLayers,
  siteLayers,
  spiderLayers,
} from './site-layers.ts'
import { isDeferredLayer } from './staged-layers.ts'

/** Layers of the project's own basemap (replaced by an online style when one is configured). */
export function offlineBasemapLayers(): LayerSpecification[] {
  return basemapLayers()
}

/**
 * The project's data layers, bottom to top, drawn over either basemap. Labels come last so
 * that symbols are placed above every fill, line and circle.
 */
export function overlayLayers(lang: Lang): LayerSpecification[] {
  return [
    ...parkLayers(),
    ...infrastructureLayers(lang).filter((l) => l.type !== 'symbol'),
    ...siteLayers(),
    ...selectedSiteLayers(),
    ...basemapLabelLayers(lang),
    ...parkLabelLayers(lang),
    ...siteLabelLayers(lang),
    ...infrastructureLayers(lang).filter((l) => l.type === 'symbol'),
    // Above the labels, so placed first: names move off a district's badge, as off a bubble.
    ...districtLevelLayers(),
    ...siteBlockerLayers(),
    ...spiderLayers(lang),
  ]
}

/** All layers of the offline style. */
export function mapLayers(lang: Lang): LayerSpecification[] {
  return [...offlineBasemapLayers(), ...overlayLayers(lang)]
}

/** Ids of the layers a live map shows in its second stage (`staged-layers.ts`). */
export function deferredLayerIds(): string[] {
  return mapLayers('en')
    .filter(isDeferredLayer)
    .map((layer) => layer.id)
}

/** `text-field` of every symbol layer for `lang` (used to switch language in place). */
export function labelFields(lang: Lang): Array<[layerId: string, textField: unknown]> {
  return labelLayouts(lang).map(({ id, field }) => [id, field])
}

/** `text-field` and `text-font` of every label layer for `lang` (to switch in place). */
export function labelLayouts(lang: Lang): Array<{ id: string; field: unknown; font: unknown }> {
  return mapLayers(lang).flatMap((layer) =>
    layer.type === 'symbol' &&
    layer.layout?.['text-field'] &&
    !layer.id.startsWith('sites-cluster') &&
    !layer.id.startsWith('district-level')
      ? [{ id: layer.id, field: layer.layout['text-field'], font: layer.layout['text-font'] }]
      : [],
  )
}

/** Layers that respond to hover and click, topmost first. */
export const INTERACTIVE_LAYERS = [
  'district-level-badge',
  'sites-spider',
  'sites-circle',
  'sites-cluster',
  'infrastructure-symbol',
  'parks-point',
  'parks-fill',
  'parks-fill-partial',
  'districts-fill',
] as const
export type InteractiveLayerId = (typeof INTERACTIVE_LAYERS)[number]

/**
 * Where overlays go: `belowSites` (areas and lines: above parks, under every site) and
 * `aboveSites` (highlights and markers: above sites and the selection ring, under the labels).
 * Pass one as a `<MapLayer beforeId>`.
 */
export const OVERLAY_SLOTS = {
  belowSites: 'sites-cluster',
  aboveSites: layerAfter('sites-selected'),
} as const

function layerAfter(id: string): string {
  const layers = overlayLayers('en')
  const next = layers[layers.findIndex((layer) => layer.id === id) + 1]
  if (!next) throw new Error(`no layer after ${id}`)
  return next.id
}
