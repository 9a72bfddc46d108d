import type { LngLat } from '../../../api/domain/index.ts'
import { roundCoordinate } from '../../../api/domain/round-coordinates.ts'
import type { UrlPart } from '../../lib/url/url-part.ts'

/** The analysis shown in the panel (one tab at a time). */
export const ANALYSIS_MODES = [
  'radius',
  'nearest',
  'clusters',
  'chain',
  'access',
  'compare',
] as const
export type AnalysisMode = (typeof ANALYSIS_MODES)[number]

/** What an analysis is centred on: a park (its anchor), a site, or any point (a candidate site). */
export type AnalysisSubject = { kind: 'site' | 'park'; id: string } | { kind: 'point'; at: LngLat }

/** Everything a shared link needs to reopen the same analysis. */
export interface AnalysisView {
  mode: AnalysisMode
  subject: AnalysisSubject | null
  radiusKm: number
  /** Sector of nearest partners, clusters and the access "nearest park" (null = any). */
  sector: string | null
  k: number
  chain: string
  epsKm: number
  minPoints: number
  /** Pinned candidates, at most `MAX_CANDIDATES`. */
  candidates: readonly AnalysisSubject[]
}

export const MIN_RADIUS_KM = 0.5
export const MAX_RADIUS_KM = 50
export const MAX_CANDIDATES = 3

export const DEFAULT_ANALYSIS: AnalysisView = {
  mode: 'radius',
  subject: null,
  radiusKm: 10,
  sector: null,
  k: 5,
  chain: 'li-battery',
  epsKm: 5,
  minPoints: 3,
  candidates: [],
}

/** Query parameters owned by the analysis (`analysis` = mode; its presence opens the panel). */
export const ANALYSIS_PARAMS = [
  'analysis',
  'subject',
  'radius',
  'sector',
  'k',
  'chain',
  'eps',
  'min',
  'cand',
] as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

function numberIn(value: string | null, min: number, max: number, fallback: number): number {
  const n = value === null || value === '' ? Number.NaN : Number(value)
  return Number.isFinite(n) ? clamp(n, min, max) : fallback
}

/**
 * `site:<id>`, `park:<id>` or `pt:<lng>,<lat>`; null when malformed.
 *
 * @example parseSubject('pt:117.2,39.13') // { kind: 'point', at: [117.2, 39.13] }
 */
export function parseSubject(value: string | null | undefined): AnalysisSubject | null {
  if (!value) return null
  const colon = value.indexOf(':')
  const kind = value.slice(0, colon)
  const rest = value.slice(colon + 1)
  if ((kind === 'site' || kind === 'park') && ID.test(rest)) return { kind, id: rest }
  if (kind !== 'pt') return null
  const [lng, lat, extra] = rest.split(',').map(Number)
  if (lng === undefined || lat === undefined || extra !== undefined) return null
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return null
  return { kind: 'point', at: [lng, lat] }
}

/** The URL form of a subject; points are rounded to 6 decimals (~0.1 m). */
export function formatSubject(subject: AnalysisSubject): string {
  if (subject.kind !== 'point') return `${subject.kind}:${subject.id}`
  return `pt:${roundCoordinate(subject.at[0])},${roundCoordinate(subject.at[1])}`
}

/** Whether two subjects name the same park, site or point. */
export function sameSubject(a: AnalysisSubject | null, b: AnalysisSubject | null): boolean {
  return Boolean(a && b && formatSubject(a) === formatSubject(b))
}

/**
 * Reads the analysis from query parameters; null when the panel is closed (no `analysis`).
 * Out-of-range numbers are clamped, malformed values fall back to the defaults.
 *
 * @example parseAnalysisParams(new URLSearchParams('analysis=chain&subject=park:teda&radius=15'))?.radiusKm // 15
 */
export function parseAnalysisParams(params: URLSearchParams): AnalysisView | null {
  const mode = params.get('analysis')
  if (mode === null) return null
  const d = DEFAULT_ANALYSIS
  const sector = params.get('sector')
  const chain = params.get('chain')
  const candidates = (params.get('cand') ?? '')
    .split(';')
    .map(parseSubject)
    .filter((s): s is AnalysisSubject => s !== null)
  return {
    mode: (ANALYSIS_MODES as readonly string[]).includes(mode) ? (mode as AnalysisMode) : d.mode,
    subject: parseSubject(params.get('subject')),
    radiusKm: numberIn(params.get('radius'), MIN_RADIUS_KM, MAX_RADIUS_KM, d.radiusKm),
    sector: sector && ID.test(sector) ? sector : null,
    k: Math.round(numberIn(params.get('k'), 1, 20, d.k)),
    chain: chain && ID.test(chain) ? chain : d.chain,
    epsKm: numberIn(params.get('eps'), 0.5, 50, d.epsKm),
    minPoints: Math.round(numberIn(params.get('min'), 1, 20, d.minPoints)),
    candidates: candidates.slice(0, MAX_CANDIDATES),
  }
}

/** Writes the analysis into `params` (removing every analysis parameter first). */
export function writeAnalysisParams(
  params: URLSearchParams,
  view: AnalysisView | null | undefined,
) {
  for (const name of ANALYSIS_PARAMS) params.delete(name)
  if (!view) return
  params.set('analysis', view.mode)
  if (view.subject) params.set('subject', formatSubject(view.subject))
  params.set('radius', String(view.radiusKm))
  if (view.sector) params.set('sector', view.sector)
  params.set('k', String(view.k))
  params.set('chain', view.chain)
  params.set('eps', String(view.epsKm))
  params.set('min', String(view.minPoints))
  if (view.candidates.length > 0) params.set('cand', view.candidates.map(formatSubject).join(';'))
}

declare module '../../lib/url/url-part.ts' {
  interface ViewParts {
    /** The open analysis; absent or null when the panel is closed. */
    analysis: AnalysisView
  }
}

/** The analysis's part of the view URL. */
export const ANALYSIS_URL: UrlPart<'analysis'> = {
  key: 'analysis',
  params: ANALYSIS_PARAMS,
  parse: parseAnalysisParams,
  write: writeAnalysisParams,
}
