import { isLang, type Lang } from '../../lib/i18n/lang.ts'

/** What a brief is about: a park, a site, or a candidate point `[lng, lat]`. */
export type BriefTarget =
  | { kind: 'park'; id: string }
  | { kind: 'site'; id: string }
  | { kind: 'point'; lngLat: [number, number] }

export interface BriefParams {
  target: BriefTarget | null
  lang: Lang
  /** Radius of the chain-completeness analysis, km (default 10, 1–50). */
  radiusKm: number
  /** Chain to assess instead of the place's main chain. */
  chainId: string | null
}

export const DEFAULT_RADIUS_KM = 10
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function parseTarget(params: URLSearchParams): BriefTarget | null {
  const park = params.get('park')
  if (park && ID.test(park)) return { kind: 'park', id: park }
  const site = params.get('site')
  if (site && ID.test(site)) return { kind: 'site', id: site }
  const lng = Number(params.get('lng') ?? Number.NaN)
  const lat = Number(params.get('lat') ?? Number.NaN)
  if (Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90) {
    return { kind: 'point', lngLat: [lng, lat] }
  }
  return null
}

/**
 * Reads `/brief?park=<id>|site=<id>|lng=…&lat=…&lang=zh|en&radius_km=…&chain=…`; anything
 * malformed falls back to defaults (no target → the page explains what to pass).
 *
 * @example parseBriefParams('?park=teda&lang=en', 'zh').target // { kind: 'park', id: 'teda' }
 */
export function parseBriefParams(search: string, defaultLang: Lang): BriefParams {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const radius = Number(params.get('radius_km') ?? DEFAULT_RADIUS_KM)
  const chain = params.get('chain')
  return {
    target: parseTarget(params),
    lang: isLang(lang) ? lang : defaultLang,
    radiusKm: Number.isFinite(radius) && radius >= 1 && radius <= 50 ? radius : DEFAULT_RADIUS_KM,
    chainId: chain && ID.test(chain) ? chain : null,
  }
}
