/**
 * Design tokens shared by the map style (`web/map/style/layers.ts`) and the page (`theme-css.ts` turns
 * `UI` into CSS custom properties). Change a colour here and both follow.
 */
export const MAP_COLORS = {
  sea: '#c5dbea',
  seaLabel: '#557f9e',
  neighbour: '#e3e1dc',
  neighbourLine: '#cbc7bf',
  neighbourLabel: '#96918a',
  /** Built-up areas (Natural Earth), a warm tint over land and districts. */
  urban: '#ece4d6',
  placeLabel: '#6f6a62',
  districtFill: '#fbfaf6',
  districtFillHover: '#f4f1e8',
  districtFillSelected: '#eef2ff',
  districtLine: '#c2b9aa',
  districtLineSelected: '#1e3a8a',
  districtLabel: '#5a5348',
  coastline: '#7aa3c1',
  river: '#84b4d8',
  park: '#5b4fc7',
  parkLabel: '#40379a',
  label: '#2f3a48',
  halo: '#ffffff',
  cluster: '#2f3a48',
  clusterText: '#ffffff',
  siteStroke: '#ffffff',
  selected: '#0f172a',
  infrastructure: '#1f4f7a',
  fallbackSector: '#6b7280',
  /** Badge counting a district's places known only by district. */
  districtBadge: '#ffffff',
  districtBadgeLine: '#5a5348',
  districtBadgeText: '#2f3a48',
} as const

/** Font names used in `text-font`; `noto-sans-sc-subset.ts` maps them to self-hosted files. */
export const MAP_FONTS = {
  regular: 'Noto Sans SC Regular',
  bold: 'Noto Sans SC Bold',
  /** Noto Sans (Latin subsets), first in English labels: `noto-sans-latin.ts`. */
  latinRegular: 'Noto Sans Latin Regular',
  latinBold: 'Noto Sans Latin Bold',
} as const

export const MAP_SIZES = {
  siteRadiusPx: 6,
  siteRadiusSelectedPx: 9,
  clusterRadiusPx: [15, 19, 24] as const,
  labelPx: 12,
  districtLabelPx: 13,
  districtBadgeTextPx: 12,
} as const

/** The district choropleth: zero, and a sequential ramp (ColorBrewer Blues) for its classes. */
export const STATS_COLORS = {
  zero: '#efece6',
  ramp: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const,
} as const

/** Colours of the analysis overlay, by feature role (also used by the PNG legend). */
export const ANALYSIS_COLORS = {
  subject: '#0f172a',
  radius: '#1d4ed8',
  hit: '#1d4ed8',
  partner: '#0e7490',
  provider: '#067647',
  missing: '#c2410c',
  access: '#1f4f7a',
  hull: '#7c3aed',
  candidate: '#b45309',
} as const

/** Page colours (CSS custom properties `--color-*`). */
export const UI = {
  surface: '#ffffff',
  surfaceMuted: '#f6f7f9',
  text: '#18212e',
  textMuted: '#5b6573',
  border: '#e2e5ea',
  accent: '#1d4ed8',
  accentSoft: '#e8eefc',
  danger: '#b42318',
  focus: '#2563eb',
  park: MAP_COLORS.park,
} as const
