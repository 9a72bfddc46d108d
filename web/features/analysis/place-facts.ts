import { placeAnchor } from '../../../api/analysis/place-anchor.ts'
import type {
  LngLat,
  LocationPrecision,
  ParkFeature,
  PlaceType,
  SiteFeature,
} from '../../../api/domain/index.ts'
import type { AnalysisSubject } from './analysis-url.ts'

/** What the analysis lists add to an API hit: how well it is placed, and its investment. */
export interface PlaceFacts {
  type: PlaceType
  id: string
  name_zh: string
  name_en: string
  precision: LocationPrecision
  /** Investment in 亿元 (100 million CNY); null when unknown (always null for parks). */
  investmentCny100m: number | null
  /** The point distances are measured from: a site's point, a park's anchor (centroid). */
  position: LngLat
}

export type PlaceLookup = (type: PlaceType, id: string) => PlaceFacts | undefined

/**
 * A lookup of the facts of every site and park, by type and id.
 *
 * @example placeLookup(sites, parks)('park', 'teda')?.precision // 'approximate'
 */
export function placeLookup(
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
): PlaceLookup {
  const facts = new Map<string, PlaceFacts>()
  for (const site of sites) {
    const p = site.properties
    facts.set(`site:${p.id}`, {
      type: 'site',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      precision: p.location_precision,
      investmentCny100m: p.investment_cny_100m,
      position: site.geometry.coordinates,
    })
  }
  for (const park of parks) {
    const p = park.properties
    facts.set(`park:${p.id}`, {
      type: 'park',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      precision: p.location_precision,
      investmentCny100m: null,
      position: placeAnchor(park),
    })
  }
  return (type, id) => facts.get(`${type}:${id}`)
}

/** A resolved subject: where it is and what to call it. */
export interface ResolvedSubject {
  subject: AnalysisSubject
  position: LngLat
  name_zh: string | null
  name_en: string | null
  precision: LocationPrecision | null
  /** A site's investment in 亿元 where a source states it (null otherwise). */
  investmentCny100m: number | null
}

/** The position and name of a subject; null when it names no known place. */
export function resolveSubject(
  subject: AnalysisSubject,
  lookup: PlaceLookup,
): ResolvedSubject | null {
  if (subject.kind === 'point') {
    const position = subject.at
    return {
      subject,
      position,
      name_zh: null,
      name_en: null,
      precision: null,
      investmentCny100m: null,
    }
  }
  const facts = lookup(subject.kind, subject.id)
  if (!facts) return null
  const { position, name_zh, name_en, precision, investmentCny100m } = facts
  return { subject, position, name_zh, name_en, precision, investmentCny100m }
}
