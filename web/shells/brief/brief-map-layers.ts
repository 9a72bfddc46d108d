import type { LayerSpecification } from 'maplibre-gl'
import { MAP_COLORS } from '../../lib/theme/theme.ts'

/** Sources of the brief's overlay: the analysis radius and its centre. */
export const BRIEF_SOURCE = { radius: 'brief-radius', centre: 'brief-centre' } as const

/** The analysis radius: a dashed ring in the selection colour. */
export const BRIEF_RADIUS_LAYER: LayerSpecification = {
  id: 'brief-radius',
  type: 'line',
  source: BRIEF_SOURCE.radius,
  paint: { 'line-color': MAP_COLORS.selected, 'line-width': 1.6, 'line-dasharray': [3, 2] },
}

/** Where distances are measured from: a dot with a white halo. */
export const BRIEF_CENTRE_LAYER: LayerSpecification = {
  id: 'brief-centre',
  type: 'circle',
  source: BRIEF_SOURCE.centre,
  paint: {
    'circle-radius': 5,
    'circle-color': MAP_COLORS.selected,
    'circle-stroke-color': MAP_COLORS.halo,
    'circle-stroke-width': 2,
  },
}
