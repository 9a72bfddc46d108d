import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C } from '../../lib/theme/theme.ts'
import { basemapFilter } from '../sources/basemap-source.ts'
import { SOURCE } from '../sources/sources.ts'
import { bilingualName } from './bilingual-name.ts'

/** Features of `region.geojson` / `context.geojson` by their `role`. */
const role = (name: string): ExpressionSpecification => ['==', ['get', 'role'], name]
const region = (name: string) => basemapFilter('region', role(name))
const context = (also: ExpressionSpecification) => basemapFilter('context', also)

/**
 * Land and sea of the whole region (Natural Earth, coarse), drawn first: the detailed sea,
 * neighbours and districts cover them inside their own box, so they show only beyond it.
 */
export function regionFillLayers(): LayerSpecification[] {
  return [
    {
      id: 'region-land-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: region('land'),
      paint: { 'fill-color': C.neighbour },
    },
    {
      id: 'region-sea-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: region('sea'),
      paint: { 'fill-color': C.sea },
    },
  ]
}

/** Built-up areas, the reservoir, rivers and the neighbours' borders (Natural Earth, OSM). */
export function contextAreaLayers(): LayerSpecification[] {
  return [
    {
      id: 'context-urban-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: context(role('urban')),
      paint: { 'fill-color': C.urban, 'fill-opacity': 0.55 },
    },
    {
      id: 'context-lake-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: context(role('lake')),
      paint: { 'fill-color': C.sea, 'fill-outline-color': C.river },
    },
    {
      id: 'context-river-line',
      type: 'line',
      source: SOURCE.basemap,
      filter: context(role('river')),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2.4],
      },
    },
    {
      id: 'context-border-line',
      type: 'line',
      source: SOURCE.basemap,
      filter: context(role('border')),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.neighbourLine, 'line-width': 1.1, 'line-dasharray': [4, 2] },
    },
  ]
}

/** Names of the neighbouring cities and Beijing's airport (Natural Earth, zh and en). */
export function contextPlaceLabelLayer(lang: Lang): LayerSpecification {
  return {
    id: 'context-place-label',
    type: 'symbol',
    source: SOURCE.basemap,
    filter: context(['any', role('place'), role('airport')]),
    layout: {
      'text-field': bilingualName(lang),
      'text-font': labelFont(lang),
      'text-size': ['case', ['<=', ['coalesce', ['get', 'rank'], 9], 2], 14, 12],
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': C.placeLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
  }
}

/** Names of Natural Earth rivers (along the line) and the reservoir, from zoom 8. */
export function waterLabel(
  id: string,
  kind: 'river' | 'lake',
  placement: 'line' | 'point',
  lang: Lang,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.basemap,
    filter: context(role(kind)),
    minzoom: 8,
    layout: {
      'symbol-placement': placement,
      'text-field': ['get', `name_${lang}`],
      'text-font': labelFont(lang),
      'text-size': 11,
    },
    paint: { 'text-color': C.seaLabel, 'text-halo-color': C.halo, 'text-halo-width': 1 },
  }
}
