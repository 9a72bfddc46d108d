import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C } from '../../lib/theme/theme.ts'
import { SOURCE } from '../sources/sources.ts'

/** Ports (areas and points), airports and railway stations. */
export function infrastructureLayers(lang: Lang): LayerSpecification[] {
  const isArea: ExpressionSpecification = [
    'in',
    ['geometry-type'],
    ['literal', ['Polygon', 'MultiPolygon']],
  ]
  return [
    {
      id: 'infrastructure-fill',
      type: 'fill',
      source: SOURCE.infrastructure,
      filter: isArea,
      paint: { 'fill-color': C.infrastructure, 'fill-opacity': 0.08 },
    },
    {
      id: 'infrastructure-symbol',
      type: 'symbol',
      source: SOURCE.infrastructure,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': 0.8,
        'icon-allow-overlap': true,
        // Icons at every zoom; names once there is room for them.
        'text-field': ['step', ['zoom'], '', 10, ['get', `name_${lang}`]],
        'text-font': labelFont(lang),
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: { 'text-color': C.infrastructure, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
  ]
}
