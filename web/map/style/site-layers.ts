import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { labelFont } from '../../lib/theme/noto-sans-latin.ts'
import { MAP_COLORS as C, MAP_FONTS, MAP_SIZES as S } from '../../lib/theme/theme.ts'
import { SOURCE, SPIDER_SOURCE } from '../sources/sources.ts'
import { BLOCKER_IMAGE, BLOCKER_IMAGE_PX } from './map-image-ids.ts'

const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]

/**
 * Located sites: clusters at low zoom, then circles in their primary sector's colour — solid
 * with a white edge when the position is exact (~1 km), paler with an edge in the sector's
 * colour when approximate (~5 km). Sites known only by district are not drawn here.
 */
export function siteLayers(): LayerSpecification[] {
  const clustered: ExpressionSpecification = ['has', 'point_count']
  const approximate: ExpressionSpecification = ['==', ['get', 'precision'], 'approximate']
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
        // Bolder under the pointer, as a site; and the same shader program as `parks-point`.
        'circle-stroke-width': ['case', hover, 2.5, 2],
      },
    },
    {
      id: 'sites-circle',
      type: 'circle',
      source: SOURCE.sites,
      filter: ['!', clustered],
      paint: {
        'circle-color': ['get', 'color'],
        'circle-opacity': ['case', approximate, 0.55, 1],
        'circle-radius': radius,
        'circle-stroke-color': [
          'case',
          selected,
          C.selected,
          approximate,
          ['get', 'color'],
          C.siteStroke,
        ],
        'circle-stroke-width': ['case', selected, 3, hover, 2.5, approximate, 2, 1.5],
      },
    },
  ]
}

/**
 * Cluster counts, and room in label placement for every bubble and dot: an invisible icon the
 * size of each circle, placed before (above) every label layer, so district, park and site
 * labels move aside or give way instead of hiding under a bubble. Counts always show.
 */
export function siteBlockerLayers(): LayerSpecification[] {
  const [small, medium, large] = S.clusterRadiusPx
  const diameter = (radiusPx: number) => (2 * radiusPx + 4) / BLOCKER_IMAGE_PX
  return [
    {
      id: 'sites-cluster-count',
      type: 'symbol',
      source: SOURCE.sites,
      layout: {
        'icon-image': BLOCKER_IMAGE,
        'icon-size': [
          'case',
          ['has', 'point_count'],
          [
            'step',
            ['get', 'point_count'],
            diameter(small),
            10,
            diameter(medium),
            30,
            diameter(large),
          ],
          diameter(S.siteRadiusPx + 1.5),
        ],
        'icon-allow-overlap': true,
        'text-field': ['case', ['has', 'point_count'], ['get', 'point_count_abbreviated'], ''],
        'text-font': [MAP_FONTS.bold],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': C.clusterText },
    },
  ]
}

/**
 * An expanded cluster (the one holding the selected site): its sites fanned out on legs from
 * the cluster's point, the selected one ringed and named, all above the other sites.
 */
export function spiderLayers(lang: Lang): LayerSpecification[] {
  const isSelected: ExpressionSpecification = ['==', ['get', 'selected'], true]
  const districtOnly: ExpressionSpecification = ['==', ['get', 'precision'], 'district']
  return [
    {
      id: 'sites-spider-leg',
      type: 'line',
      source: SPIDER_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': C.cluster, 'line-width': 1.2, 'line-opacity': 0.6 },
    },
    {
      id: 'sites-spider-hub',
      type: 'circle',
      source: SPIDER_SOURCE,
      filter: ['==', ['get', 'role'], 'hub'],
      paint: { 'circle-radius': 3, 'circle-color': C.cluster },
    },
    {
      id: 'sites-spider',
      type: 'circle',
      source: SPIDER_SOURCE,
      filter: ['==', ['get', 'role'], 'leaf'],
      paint: {
        'circle-color': ['get', 'color'],
        'circle-opacity': ['case', isSelected, 1, districtOnly, 0.55, 1],
        'circle-radius': ['case', isSelected, S.siteRadiusSelectedPx, S.siteRadiusPx],
        'circle-stroke-color': ['case', isSelected, C.selected, C.siteStroke],
        'circle-stroke-width': ['case', isSelected, 3.5, hover, 2.5, 1.5],
      },
    },
    {
      id: 'sites-spider-label',
      type: 'symbol',
      source: SPIDER_SOURCE,
      filter: ['all', ['==', ['get', 'role'], 'leaf'], isSelected],
      layout: {
        'text-field': ['get', `name_${lang}`],
        'text-font': labelFont(lang, 'bold'),
        'text-size': S.labelPx + 1,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-max-width': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': C.selected, 'text-halo-color': C.halo, 'text-halo-width': 2 },
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
        'text-font': labelFont(lang),
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
