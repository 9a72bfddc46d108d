import {
  type ParkLocation,
  parkFamily,
  parkLocation,
  parkLookup,
} from '../../../api/analysis/park-location.ts'
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
  /**
   * The point distances are measured from: a located site's point, a located park's anchor
   * (its point, its outline's centroid, or its parent's), or for a zone of parts its first
   * located part's; null when only the district is known.
   */
  position: LngLat | null
  /** Every point a park subject is measured from (a zone of parts: each located part). */
  centers: LngLat[]
  /** A zone located only through its parts (`extent: "parts"`). */
  byParts: boolean
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
      position: p.location_precision === 'district' ? null : site.geometry.coordinates,
      centers: p.location_precision === 'district' ? [] : [site.geometry.coordinates],
      byParts: false,
    })
  }
  const lookupPark = parkLookup(parks)
  for (const park of parks) {
    const p = park.properties
    const own = parkLocation(park, lookupPark)
    const located = own ? [own] : locatedParts(p.id, parks, lookupPark)
    const centers = uniquePositions(located.map(placeAnchor))
    facts.set(`park:${p.id}`, {
      type: 'park',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      precision: bestPrecision(located),
      investmentCny100m: null,
      position: centers[0] ?? null,
      centers,
      byParts: !own && located.length > 0,
    })
  }
  return (type, id) => facts.get(`${type}:${id}`)
}

/** The located parts of a zone (as the API measures a park subject from them). */
function locatedParts(
  id: string,
  parks: readonly ParkFeature[],
  lookup: ReturnType<typeof parkLookup>,
): ParkLocation[] {
  return [...parkFamily(id, parks)].flatMap((partId) => {
    const part = partId === id ? undefined : lookup(partId)
    const location = part ? parkLocation(part, lookup) : null
    return location ? [location] : []
  })
}

const bestPrecision = (located: readonly ParkLocation[]): LocationPrecision =>
  located.some((l) => l.precision === 'exact')
    ? 'exact'
    : located.length > 0
      ? 'approximate'
      : 'district'

const uniquePositions = (positions: readonly LngLat[]): LngLat[] =>
  positions.filter((a, i) => positions.findIndex((b) => b[0] === a[0] && b[1] === a[1]) === i)

/** A resolved subject: where it is (null: only its district is known) and what to call it. */
export interface ResolvedSubject {
  subject: AnalysisSubject
  position: LngLat | null
  /** Every point it is measured from (a zone of parts: each located part). */
  centers: LngLat[]
  /** A zone located only through its parts. */
  byParts: boolean
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
    return {
      subject,
      position: subject.at,
      centers: [subject.at],
      byParts: false,
      name_zh: null,
      name_en: null,
      precision: null,
      investmentCny100m: null,
    }
  }
  const facts = lookup(subject.kind, subject.id)
  if (!facts) return null
  const { position, centers, byParts, name_zh, name_en, precision, investmentCny100m } = facts
  return { subject, position, centers, byParts, name_zh, name_en, precision, investmentCny100m }
}
