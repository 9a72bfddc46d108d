import type { DocId, LngLat, SiteStatus } from '../../../api/domain/index.ts'
import {
  ANALYSIS_PARAMS,
  type AnalysisView,
  parseAnalysisParams,
  writeAnalysisParams,
} from '../../features/analysis/analysis-url.ts'
import {
  COMPARE_PARAMS,
  type CompareView,
  parseCompareParams,
  writeCompareParams,
} from '../../features/compare/compare-url.ts'
import {
  PROFILE_PARAMS,
  parseProfileParam,
  writeProfileParam,
} from '../../features/profile/profile-url.ts'
import {
  parseTourParams,
  TOUR_PARAMS,
  type TourView,
  writeTourParams,
} from '../../features/tour/tour-url.ts'
import { isLang, type Lang } from '../i18n/lang.ts'

export interface Camera {
  center: LngLat
  zoom: number
}

export type SelectionKind = 'site' | 'park' | 'district'
export interface Selection {
  kind: SelectionKind
  id: string
}

export interface Filters {
  status: SiteStatus | null
  plan: DocId | null
  district: string | null
}

/** Everything a shared link restores. */
export interface ViewState {
  lang: Lang
  camera: Camera | null
  /** Sector ids switched off in the layer panel (all others are on). */
  hiddenSectors: readonly string[]
  filters: Filters
  selection: Selection | null
  /** The open analysis (`features/analysis/analysis-url.ts`); absent or null when closed. */
  analysis?: AnalysisView | null
  /** Park whose profile is open (`features/profile/profile-url.ts`). */
  profile?: string | null
  /** Parks compared side by side (`features/compare/compare-url.ts`). */
  compare?: CompareView | null
  /** The running guided tour (`features/tour/tour-url.ts`). */
  tour?: TourView | null
}

export const NO_FILTERS: Filters = { status: null, plan: null, district: null }

const STATUSES: readonly string[] = [
  'operating',
  'in-production',
  'under-construction',
  'pipeline',
  'planned',
]
const KINDS: readonly string[] = ['site', 'park', 'district']
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Parameters this module owns; any others (e.g. `debug`) are kept as they are. */
const OWN_PARAMS = [
  'lang',
  'c',
  'z',
  'off',
  'status',
  'plan',
  'district',
  'sel',
  ...ANALYSIS_PARAMS,
  ...PROFILE_PARAMS,
  ...COMPARE_PARAMS,
  ...TOUR_PARAMS,
]

function parseCamera(c: string | null, z: string | null): Camera | null {
  const [lng, lat] = (c ?? '').split(',').map(Number)
  const zoom = Number(z)
  if (lng === undefined || lat === undefined || !c || !z) return null
  if (![lng, lat, zoom].every(Number.isFinite)) return null
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null
  return { center: [lng, lat], zoom }
}

function parseSelection(value: string | null): Selection | null {
  const [kind, id] = (value ?? '').split(':')
  if (!kind || !id || !KINDS.includes(kind) || !ID.test(id)) return null
  return { kind: kind as SelectionKind, id }
}

/**
 * Reads the view from a query string; anything missing or malformed falls back to defaults.
 *
 * @example parseViewUrl('?lang=en&c=117.2,39.1&z=9&off=wind', 'zh').camera // { center: [117.2, 39.1], zoom: 9 }
 */
export function parseViewUrl(search: string, defaultLang: Lang): ViewState {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const status = params.get('status')
  const plan = params.get('plan')
  const district = params.get('district')
  const analysis = parseAnalysisParams(params)
  const profile = parseProfileParam(params)
  const compare = parseCompareParams(params)
  const tour = parseTourParams(params)
  return {
    lang: isLang(lang) ? lang : defaultLang,
    camera: parseCamera(params.get('c'), params.get('z')),
    hiddenSectors: (params.get('off') ?? '').split(',').filter((id) => ID.test(id)),
    filters: {
      status: status && STATUSES.includes(status) ? (status as SiteStatus) : null,
      plan: plan === 'ne18' || plan === 'mfg21' ? plan : null,
      district: district && /^1201\d{2}$/.test(district) ? district : null,
    },
    selection: parseSelection(params.get('sel')),
    ...(analysis ? { analysis } : {}),
    ...(profile ? { profile } : {}),
    ...(compare ? { compare } : {}),
    ...(tour ? { tour } : {}),
  }
}

/**
 * Writes the view into a query string, keeping parameters it does not own from `previous`.
 * Camera is rounded to ~10 m and 0.01 zoom so that small jitters do not change the URL.
 */
export function serializeViewUrl(view: ViewState, previous = ''): string {
  const params = new URLSearchParams(previous)
  for (const name of OWN_PARAMS) params.delete(name)
  params.set('lang', view.lang)
  if (view.camera) {
    const [lng, lat] = view.camera.center
    params.set('c', `${lng.toFixed(4)},${lat.toFixed(4)}`)
    params.set('z', view.camera.zoom.toFixed(2))
  }
  if (view.hiddenSectors.length > 0) params.set('off', [...view.hiddenSectors].sort().join(','))
  if (view.filters.status) params.set('status', view.filters.status)
  if (view.filters.plan) params.set('plan', view.filters.plan)
  if (view.filters.district) params.set('district', view.filters.district)
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`)
  writeAnalysisParams(params, view.analysis)
  writeProfileParam(params, view.profile)
  writeCompareParams(params, view.compare)
  writeTourParams(params, view.tour)
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return query ? `?${query}` : ''
}

/** Whether two cameras round to the same URL. */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a === b
  const key = (c: Camera) =>
    `${c.center[0].toFixed(4)},${c.center[1].toFixed(4)},${c.zoom.toFixed(2)}`
  return key(a) === key(b)
}
