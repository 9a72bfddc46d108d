import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C } from '../../lib/theme/theme.ts'
import { SOURCE } from '../sources/sources.ts'
import { HATCH_IMAGE } from './map-image-ids.ts'
import { withAlpha } from './with-alpha.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
const role = (name: string): ExpressionSpecification => ['==', ['get', 'role'], name]

/**
 * What is known of each park, drawn as it is known (`parkMapFeatures`): an outline from a
 * source is solid (`parks-fill`, `parks-line`); an outline of a part only is hatched with a
 * dashed edge (`parks-fill-partial`, `parks-line-partial`); a park known only by its position
 * is a marker (`parks-point`) inside a thin dashed ring (`parks-ring`) whose radius is its
 * uncertainty — never filled, because it is not the park's area.
 */
export function parkLayers(): LayerSpecification[] {
  // A tint's opacity is in its colour, not in `fill-opacity`: the layer then shares its
  // shader program with `districts-fill` (one fewer to compile before the first frame).
  const tint = (
    selectedAlpha: number,
    hoverAlpha: number,
    alpha: number,
  ): ExpressionSpecification => [
    'case',
    selected,
    withAlpha(C.park, selectedAlpha),
    hover,
    withAlpha(C.park, hoverAlpha),
    withAlpha(C.park, alpha),
  ]
  const width: ExpressionSpecification = ['case', selected, 2.6, hover, 2, 1.3]
  return [
    {
      id: 'parks-fill',
      type: 'fill',
      source: SOURCE.parks,
      filter: role('outline'),
      // No anti-aliasing outline: `parks-line` draws the edge (and a software GPU compiles
      // one shader program fewer before the first frame); the same for the hatched parts.
      paint: { 'fill-color': tint(0.34, 0.26, 0.16), 'fill-antialias': false },
    },
    {
      // The first stage's stand-in for the hatch below, which waits for the second stage (a
      // pattern costs the map a round trip per tile): a partial outline is tinted at once.
      id: 'parks-fill-partial-tint',
      type: 'fill',
      source: SOURCE.parks,
      filter: role('partial'),
      paint: { 'fill-color': tint(0.16, 0.12, 0.06), 'fill-antialias': false },
    },
    {
      id: 'parks-fill-partial',
      type: 'fill',
      source: SOURCE.parks,
      filter: role('partial'),
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-antialias': false,
        'fill-opacity': ['case', selected, 1, hover, 0.9, 0.7],
      },
    },
    {
      id: 'parks-line',
      type: 'line',
      source: SOURCE.parks,
      filter: role('outline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.park, 'line-width': width },
    },
    {
      id: 'parks-line-partial',
      type: 'line',
      source: SOURCE.parks,
      filter: role('partial'),
      paint: { 'line-color': C.park, 'line-width': width, 'line-dasharray': [3, 2] },
    },
    {
      id: 'parks-ring',
      type: 'line',
      source: SOURCE.parks,
      filter: role('ring'),
      paint: {
        'line-color': C.park,
        // Like every part of a park, bolder when hovered or selected (and the same shader
        // program as `parks-line-partial`).
        'line-width': ['case', selected, 2, hover, 1.6, 1.2],
        'line-opacity': 0.75,
        'line-dasharray': [1, 2],
      },
    },
    {
      id: 'parks-point',
      type: 'circle',
      source: SOURCE.parks,
      filter: role('point'),
      paint: {
        'circle-color': C.halo,
        'circle-radius': ['case', selected, 8, hover, 7, 6],
        'circle-stroke-color': C.park,
        'circle-stroke-width': ['case', selected, 3.5, 2.5],
      },
    },
  ]
}

/** Park names in the UI language, from one label point per drawn park. */
export function parkLabelLayers(lang: Lang): LayerSpecification[] {
  const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.4 }
  return [
    {
      id: 'parks-label',
      type: 'symbol',
      source: SOURCE.parkLabels,
      minzoom: 9,
      layout: {
        'text-field': ['get', `name_${lang}`],
        'text-font': labelFont(lang),
        'text-size': 11,
        'text-max-width': 8,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
        'text-optional': true,
      },
      paint: { 'text-color': C.parkLabel, ...halo },
    },
  ]
}
