import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C } from '../../lib/theme/theme.ts'
import { SOURCE } from '../sources/sources.ts'
import { HATCH_IMAGE } from './map-image-ids.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
/** Parks drawn from a radius or with an approximate/district position carry `imprecise: true`. */
const imprecise: ExpressionSpecification = ['==', ['get', 'imprecise'], true]

/** Park polygons: solid for mapped boundaries, hatched and dashed when the extent is imprecise. */
export function parkLayers(): LayerSpecification[] {
  const opacity: ExpressionSpecification = ['case', selected, 0.34, hover, 0.26, 0.16]
  const width: ExpressionSpecification = ['case', selected, 2.6, hover, 2, 1.3]
  return [
    {
      id: 'parks-fill',
      type: 'fill',
      source: SOURCE.parks,
      filter: ['!', imprecise],
      paint: { 'fill-color': C.park, 'fill-opacity': opacity },
    },
    {
      id: 'parks-fill-approximate',
      type: 'fill',
      source: SOURCE.parks,
      filter: imprecise,
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', selected, 1, hover, 0.9, 0.7],
      },
    },
    {
      id: 'parks-line',
      type: 'line',
      source: SOURCE.parks,
      filter: ['!', imprecise],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.park, 'line-width': width },
    },
    {
      id: 'parks-line-approximate',
      type: 'line',
      source: SOURCE.parks,
      filter: imprecise,
      paint: {
        'line-color': C.park,
        'line-width': width,
        'line-opacity': 0.8,
        'line-dasharray': [2, 2],
      },
    },
  ]
}

/** Park names in the UI language, from one label point per park. */
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
        // Below the park's centre, where district-level sites (and their clusters) often sit.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.6,
        'text-optional': true,
      },
      paint: { 'text-color': C.parkLabel, ...halo },
    },
  ]
}
