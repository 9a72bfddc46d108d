import type { DocId, LngLat, SiteStatus } from '../../../api/domain/index.ts'
import { isSiteStatus } from '../../../api/domain/site-status.ts'
import { isLang, type Lang } from '../i18n/lang.ts'
import { type AnyUrlPart, queryString, type ViewParts } from './url-part.ts'

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

/** The view every page shares: language, camera, sector toggles, filters and selection. */
export interface CoreView {
  lang: Lang
  camera: Camera | null
  /** Sector ids switched off in the layer panel (all others are on). */
  hiddenSectors: readonly string[]
  filters: Filters
  selection: Selection | null
}

/**
 * Everything a shared link restores: the core view plus the parts features add (`ViewParts`),
 * each absent or null when closed.
 */
export type ViewState = CoreView & { [K in keyof ViewParts]?: ViewParts[K] | null }

export const NO_FILTERS: Filters = { status: null, plan: null, district: null }

const KINDS: readonly string[] = ['site', 'park', 'district']
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Parameters of the core view; any others (e.g. `debug`) are kept as they are. */
const CORE_PARAMS = ['lang', 'c', 'z', 'off', 'status', 'plan', 'district', 'sel']

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

/** Reads and writes the view URL of a page: the core view plus the parts its shell lists. */
export interface ViewUrl {
  /**
   * Reads the view from a query string; anything missing or malformed falls back to defaults.
   *
   * @example createViewUrl([]).parse('?lang=en&c=117.2,39.1&z=9&off=wind', 'zh').camera // { center: [117.2, 39.1], zoom: 9 }
   */
  parse(search: string, defaultLang: Lang): ViewState
  /**
   * Writes the view into a query string, keeping parameters it does not own from `previous`.
   * Camera is rounded to ~10 m and 0.01 zoom so that small jitters do not change the URL.
   */
  serialize(view: ViewState, previous?: string): string
}

/** The view URL made of the core view and `parts` (written in this order, after the core). */
export function createViewUrl(parts: readonly AnyUrlPart[]): ViewUrl {
  const own = [...CORE_PARAMS, ...parts.flatMap((part) => part.params)]
  return {
    parse(search, defaultLang) {
      const params = new URLSearchParams(search)
      const view: ViewState = parseCore(params, defaultLang)
      for (const part of parts) {
        const value = part.parse(params)
        if (value !== null) Object.assign(view, { [part.key]: value })
      }
      return view
    },
    serialize(view, previous = '') {
      const params = new URLSearchParams(previous)
      for (const name of own) params.delete(name)
      writeCore(params, view)
      for (const part of parts)
        (part.write as (p: URLSearchParams, v: unknown) => void)(params, view[part.key])
      return queryString(params)
    },
  }
}

function parseCore(params: URLSearchParams, defaultLang: Lang): CoreView {
  const lang = params.get('lang')
  const status = params.get('status')
  const plan = params.get('plan')
  const district = params.get('district')
  return {
    lang: isLang(lang) ? lang : defaultLang,
    camera: parseCamera(params.get('c'), params.get('z')),
    hiddenSectors: (params.get('off') ?? '').split(',').filter((id) => ID.test(id)),
    filters: {
      status: isSiteStatus(status) ? status : null,
      plan: plan === 'ne18' || plan === 'mfg21' ? plan : null,
      district: district && /^1201\d{2}$/.test(district) ? district : null,
    },
    selection: parseSelection(params.get('sel')),
  }
}

function writeCore(params: URLSearchParams, view: CoreView): void {
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
}

/** The core view alone (pages that show no feature parts, and tests of the core). */
export const CORE_VIEW_URL: ViewUrl = createViewUrl([])

/** Whether two cameras round to the same URL. */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a === b
  const key = (c: Camera) =>
    `${c.center[0].toFixed(4)},${c.center[1].toFixed(4)},${c.zoom.toFixed(2)}`
  return key(a) === key(b)
}
