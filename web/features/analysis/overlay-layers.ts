import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { ANALYSIS_COLORS, MAP_FONTS } from '../../lib/theme/theme.ts'

/** Sources of the analysis overlay (declared by `analysis-overlay.tsx`). */
export const ANALYSIS_SOURCE = {
  areas: 'analysis-areas',
  lines: 'analysis-lines',
  points: 'analysis-points',
} as const

const role = (...roles: string[]): ExpressionSpecification => [
  'in',
  ['get', 'role'],
  ['literal', roles],
]
const byRole = (fallback: string): ExpressionSpecification =>
  [
    'match',
    ['get', 'role'],
    ...Object.entries(ANALYSIS_COLORS).flat(),
    fallback,
  ] as unknown as ExpressionSpecification
const selectedHull: ExpressionSpecification = ['boolean', ['get', 'selected'], false]

/** Areas and lines: drawn under the sites, above parks. */
export const ANALYSIS_AREA_LAYERS: readonly LayerSpecification[] = [
  {
    id: 'analysis-radius-fill',
    type: 'fill',
    source: ANALYSIS_SOURCE.areas,
    filter: role('radius'),
    paint: { 'fill-color': ANALYSIS_COLORS.radius, 'fill-opacity': 0.07 },
  },
  {
    id: 'analysis-radius-line',
    type: 'line',
    source: ANALYSIS_SOURCE.areas,
    filter: role('radius'),
    paint: {
      'line-color': ANALYSIS_COLORS.radius,
      'line-width': 2,
      'line-dasharray': [3, 2],
    },
  },
  {
    id: 'analysis-hull-fill',
    type: 'fill',
    source: ANALYSIS_SOURCE.areas,
    filter: ['all', role('hull'), ['==', ['geometry-type'], 'Polygon']],
    paint: {
      'fill-color': ANALYSIS_COLORS.hull,
      'fill-opacity': ['case', selectedHull, 0.32, 0.16],
    },
  },
  {
    id: 'analysis-hull-line',
    type: 'line',
    source: ANALYSIS_SOURCE.areas,
    filter: ['all', role('hull'), ['!=', ['geometry-type'], 'Point']],
    paint: { 'line-color': ANALYSIS_COLORS.hull, 'line-width': ['case', selectedHull, 3, 1.5] },
  },
  {
    id: 'analysis-lines',
    type: 'line',
    source: ANALYSIS_SOURCE.lines,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': byRole('#334155'),
      'line-width': 2,
      'line-opacity': 0.85,
      'line-dasharray': [
        'match',
        ['get', 'role'],
        'missing',
        ['literal', [2, 2]],
        ['literal', [1, 0]],
      ],
    },
  },
]

const ring = role('hit', 'partner', 'provider', 'missing', 'access')

/** Highlight rings, hull counts, candidates and the subject: above every site. */
export const ANALYSIS_POINT_LAYERS: readonly LayerSpecification[] = [
  {
    id: 'analysis-highlight',
    type: 'circle',
    source: ANALYSIS_SOURCE.points,
    filter: ring,
    paint: {
      'circle-radius': 10,
      'circle-color': 'rgba(255,255,255,0)',
      'circle-stroke-color': byRole('#334155'),
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'analysis-hull-point',
    type: 'circle',
    source: ANALYSIS_SOURCE.points,
    filter: role('hull'),
    paint: {
      'circle-radius': ['case', selectedHull, 15, 12],
      'circle-color': ANALYSIS_COLORS.hull,
      'circle-opacity': 0.9,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'analysis-subject',
    type: 'circle',
    source: ANALYSIS_SOURCE.points,
    filter: role('subject'),
    paint: {
      'circle-radius': 7,
      'circle-color': ANALYSIS_COLORS.subject,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'analysis-candidate',
    type: 'circle',
    source: ANALYSIS_SOURCE.points,
    filter: role('candidate'),
    paint: {
      'circle-radius': 11,
      'circle-color': ANALYSIS_COLORS.candidate,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'analysis-label',
    type: 'symbol',
    source: ANALYSIS_SOURCE.points,
    filter: role('candidate', 'hull'),
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [MAP_FONTS.bold],
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  },
]

/** Layers whose click selects a cluster (its members are then listed). */
export const ANALYSIS_HULL_LAYERS = ['analysis-hull-fill', 'analysis-hull-point'] as const
