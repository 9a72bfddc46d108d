import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C, MAP_SIZES } from '../../lib/theme/theme.ts'
import { basemapFilter } from '../sources/basemap-source.ts'
import { SOURCE } from '../sources/sources.ts'
import { bilingualName } from './bilingual-name.ts'
import {
  contextAreaLayers,
  contextPlaceLabelLayer,
  regionFillLayers,
  waterLabel,
} from './context-layers.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]

/**
 * Land and sea of the whole region (coarse, Natural Earth), then the detailed sea, neighbours
 * and districts over it, built-up areas, rivers, the reservoir, borders, coastline and the
 * Haihe: every viewport the camera allows is covered, with no edge where data stops.
 */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.sea } },
    ...regionFillLayers(),
    {
      id: 'sea-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: basemapFilter('sea'),
      paint: { 'fill-color': C.sea },
    },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCE.basemap,
      filter: basemapFilter('neighbours'),
      paint: { 'fill-color': C.neighbour },
    },

    {
      id: 'districts-fill',
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        // No anti-aliasing outline: `districts-line` draws the edge (one shader program fewer).
        'fill-antialias': false,
        'fill-color': [
          'case',
          selected,
          C.districtFillSelected,
          hover,
          C.districtFillHover,
          C.districtFill,
        ],
      },
    },
    {
      id: 'districts-line',
      type: 'line',
      source: SOURCE.districts,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, C.districtLineSelected, C.districtLine],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          7,
          ['case', selected, 2, 0.6],
          12,
          ['case', selected, 2.8, 1.4],
        ],
      },
    },
    ...contextAreaLayers(),
    {
      id: 'outline-line',
      type: 'line',
      source: SOURCE.basemap,
      filter: basemapFilter('outline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.districtLabel, 'line-width': 1.2, 'line-opacity': 0.55 },
    },
    {
      id: 'coastline-line',
      type: 'line',
      source: SOURCE.basemap,
      filter: basemapFilter('coastline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.coastline, 'line-width': 1.4 },
    },
    {
      id: 'haihe-line',
      type: 'line',
      source: SOURCE.basemap,
      filter: basemapFilter('haihe'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 4],
      },
    },
  ]
}

/** Basemap labels: districts (bilingual), the sea, the neighbouring provinces, the Haihe. */
export function basemapLabelLayers(lang: Lang): LayerSpecification[] {
  const text = { 'text-color': C.districtLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.4 }
  return [
    {
      id: 'sea-label',
      type: 'symbol',
      source: SOURCE.contextLabels,
      filter: ['==', ['get', 'role'], 'sea'],
      layout: {
        'text-field': bilingualName(lang),
        'text-font': labelFont(lang),
        'text-size': 13,
      },
      paint: { 'text-color': C.seaLabel, 'text-halo-color': C.sea, 'text-halo-width': 1 },
    },
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: SOURCE.contextLabels,
      filter: ['==', ['get', 'role'], 'neighbour'],
      layout: {
        'text-field': bilingualName(lang),
        'text-font': labelFont(lang),
        'text-size': 12,
      },
      paint: {
        'text-color': C.neighbourLabel,
        'text-halo-color': C.neighbour,
        'text-halo-width': 1,
      },
    },
    contextPlaceLabelLayer(lang),
    waterLabel('context-river-label', 'river', 'line', lang),
    waterLabel('context-lake-label', 'lake', 'point', lang),
    {
      id: 'haihe-label',
      type: 'symbol',
      source: SOURCE.basemap,
      filter: basemapFilter('haihe'),
      minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', `name_${lang}`],
        'text-font': labelFont(lang),
        'text-size': 11,
      },
      paint: { 'text-color': C.seaLabel, 'text-halo-color': C.halo, 'text-halo-width': 1 },
    },
    {
      id: 'districts-label',
      type: 'symbol',
      source: SOURCE.districtLabels,
      layout: {
        'text-field': bilingualName(lang),
        'text-font': labelFont(lang, 'bold'),
        'text-size': MAP_SIZES.districtLabelPx,
        'text-line-height': 1.15,
        'text-max-width': 8,
        'text-padding': 2,
        // On its point when that is free; else (sites known only by district sit on the
        // district's point, often as a cluster bubble) just outside the bubble, on any side:
        // bubbles take room in placement (`siteBlockerLayers`), so a name never hides under one.
        'text-variable-anchor': [
          'center',
          'top',
          'bottom',
          'left',
          'right',
          'top-left',
          'top-right',
          'bottom-left',
          'bottom-right',
        ],
        'text-radial-offset': 2.2,
        // Larger districts first, so that a small one's name, moved off its badge, never takes
        // the only place a large one's name fits.
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'area_km2'], 0]],
      },
      paint: text,
    },
  ]
}
