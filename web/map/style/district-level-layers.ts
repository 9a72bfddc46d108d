import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { MAP_COLORS as C, MAP_FONTS, MAP_SIZES as S } from '../../lib/theme/theme.ts'
import { SOURCE } from '../sources/sources.ts'
import { DISTRICT_BADGE_IMAGE } from './map-image-ids.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

/**
 * The places of each district known only by district, as one counted badge at the district's
 * representative point (readable from city zoom; a click lists them): a square-ish marker
 * unlike the round site clusters, so that a count of unplaced places is never read as a group
 * of sites at that spot.
 */
export function districtLevelLayers(): LayerSpecification[] {
  return [
    {
      id: 'district-level-badge',
      type: 'symbol',
      source: SOURCE.districtLevel,
      layout: {
        'icon-image': DISTRICT_BADGE_IMAGE,
        'icon-allow-overlap': true,
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [MAP_FONTS.bold],
        'text-size': S.districtBadgeTextPx,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': C.districtBadgeText,
        'icon-opacity': ['case', hover, 1, 0.94],
      },
    },
  ]
}
