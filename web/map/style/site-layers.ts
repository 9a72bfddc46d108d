import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { MAP_COLORS as C, MAP_FONTS, MAP_SIZES as S } from '../../lib/theme/theme.ts'
import { SOURCE } from '../sources/sources.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]

/** Sites: clusters at low zoom, then circles in their primary sector's colour. */
export function siteLayers(): LayerSpecification[] {
  const clustered: ExpressionSpecification = ['has', 'point_count']
  const districtOnly: ExpressionSpecification = ['==', ['get', 'precision'], 'district']
  const [small, medium, large] = S.clusterRadiusPx
  const radius: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    8,
    ['case', selected, S.siteRadiusSelectedPx - 1, S.siteRadiusPx - 1.5],
    13,
    ['case', selected, S.siteRadiusSelectedPx + 1, S.siteRadiusPx + 1],
  ]
  return [
    {
      id: 'sites-cluster',
      type: 'circle',
      source: SOURCE.sites,
      filter: clustered,
      paint: {
        'circle-color': C.cluster,
        'circle-opacity': 0.88,
        'circle-radius': ['step', ['get', 'point_count'], small, 10, medium, 30, large],
        'circle-stroke-color': C.siteStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'sites-cluster-count',
      type: 'symbol',
      source: SOURCE.sites,
      filter: clustered,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [MAP_FONTS.bold],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': C.clusterText },
    },
    {
      id: 'sites-circle',
      type: 'circle',
      source: SOURCE.sites,
      filter: ['!', clustered],
      paint: {
        'circle-color': ['get', 'color'],
        'circle-opacity': ['case', districtOnly, 0.3, 1],
        'circle-radius': radius,
        'circle-stroke-color': [
          'case',
          selected,
          C.selected,
          districtOnly,
          ['get', 'color'],
          C.siteStroke,
        ],
        'circle-stroke-width': ['case', selected, 3, hover, 2.5, districtOnly, 2, 1.5],
      },
    },
  ]
}

/** A ring around the selected site, above clusters (its own source, never clustered). */
export function selectedSiteLayers(): LayerSpecification[] {
  return [
    {
      id: 'sites-selected',
      type: 'circle',
      source: SOURCE.selectedSite,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 13,
        'circle-stroke-color': C.selected,
        'circle-stroke-width': 3,
      },
    },
  ]
}

/** Site names in the UI language, once sites stand apart (zoom 10+). */
export function siteLabelLayers(lang: Lang): LayerSpecification[] {
  const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.4 }
  return [
    {
      id: 'sites-label',
      type: 'symbol',
      source: SOURCE.sites,
      filter: ['!', ['has', 'point_count']],
      minzoom: 10,
      layout: {
        'text-field': ['get', `name_${lang}`],
        'text-font': [MAP_FONTS.regular],
        'text-size': S.labelPx,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': C.label, ...halo },
    },
  ]
}
