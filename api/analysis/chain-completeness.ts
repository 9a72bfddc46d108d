import type {
  AnalysisSubject,
  Chain,
  ChainCompletenessResult,
  ChainEquivalence,
  ChainLinkStatus,
  ChainProvider,
  ParkFeature,
  PlaceHit,
  PlaceType,
  SiteFeature,
} from '../domain/index.ts'
import { chainLinkMatcher, type ProvidesLink } from './chain-link-matcher.ts'
import { parkFamily } from './park-location.ts'
import { comparePlaceHits, toPlaceHit, unmeasuredHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { nearestPoints, type PointHit, pointsWithinKm } from './point-index.ts'

type Place = SiteFeature | ParkFeature

/**
 * Which links of `chain` the subject has. A link is present when a located provider (a site
 * or located park whose `chain_links` list the link, or a link `equivalences` say satisfies
 * it) lies within `radiusKm` of a subject centre (`providers`, nearest first, measured to the
 * nearest centre), or — for a park subject — a member of the park provides it (`members`: a
 * site whose `park_id` is the park or one of its parts, or the park or a part itself; "in
 * this park", no distance). District-level providers in the subject's districts are listed
 * apart (`same_district`, distance unknown) and never count; for a subject known only to
 * district level every provider in its districts is listed there, nothing is measured and
 * `nearest` is null. `score = present_links / total_links`.
 *
 * @param radiusKm radius in kilometres (great-circle)
 * @example
 * chainCompleteness(places, nev, parkSubject(places, 'teda'), 10, equivalences)
 * // { present_links: 4, total_links: 8, links: [{ id: 'passenger-vehicles', present: true, members: [FAW-VW], … }, …] }
 */
export function chainCompleteness(
  places: PlaceIndex,
  chain: Chain,
  subject: AnalysisSubject,
  radiusKm: number,
  equivalences: readonly ChainEquivalence[] = [],
): ChainCompletenessResult {
  const matcher = chainLinkMatcher(equivalences)
  const family = subject.park_id ? parkFamily(subject.park_id, places.allParks) : new Set<string>()
  const links = [...chain.links]
    .sort((a, b) => a.order - b.order)
    .map((link): ChainLinkStatus => {
      const ref = `${chain.id}/${link.id}`
      const provides = matcher(ref)
      const providers = measuredProviders(places, subject, radiusKm, provides)
      const inRange = new Set(providers.map((p) => p.id))
      const members = familyProviders(places, family, provides).filter((m) => !inRange.has(m.id))
      const listed = new Set([...inRange, ...members.map((m) => m.id)])
      const sameDistrict = districtProviders(places, subject, provides).filter(
        (p) => !listed.has(p.id),
      )
      const nearest = providers[0] ?? nearestProvider(places, subject, provides)
      const { id, name_zh, name_en, order } = link
      const present = providers.length > 0 || members.length > 0
      return {
        ...{ id, ref, name_zh, name_en, order, present },
        ...{ providers, members, same_district: sameDistrict, nearest },
      }
    })
  const presentLinks = links.filter((l) => l.present).length
  return {
    chain_id: chain.id,
    chain_name_zh: chain.name_zh,
    chain_name_en: chain.name_en,
    subject,
    center: subject.centers[0] ?? null,
    radius_km: radiusKm,
    park_id: subject.park_id,
    present_links: presentLinks,
    total_links: links.length,
    score: presentLinks / links.length,
    links,
  }
}

const accepting = (provides: ProvidesLink) => (p: Place) =>
  provides(p.properties.chain_links) !== null

function asProvider(hit: PlaceHit, place: Place, provides: ProvidesLink): ChainProvider {
  return { ...hit, via: provides(place.properties.chain_links)?.via ?? null }
}

/** Located providers within the radius of any centre, each at its nearest centre's distance. */
function measuredProviders(
  places: PlaceIndex,
  subject: AnalysisSubject,
  radiusKm: number,
  provides: ProvidesLink,
): ChainProvider[] {
  const best = new Map<string, ChainProvider>()
  const keep = (type: PlaceType, hit: PointHit<Place>) => {
    const provider = asProvider(toPlaceHit(places, type, hit), hit.item, provides)
    const known = best.get(`${type}:${provider.id}`)
    if (!known || (provider.distance_km ?? 0) < (known.distance_km ?? 0)) {
      best.set(`${type}:${provider.id}`, provider)
    }
  }
  for (const center of subject.centers) {
    for (const hit of pointsWithinKm(places.sites, center, radiusKm, accepting(provides))) {
      keep('site', hit)
    }
    for (const hit of pointsWithinKm(places.parks, center, radiusKm, accepting(provides))) {
      keep('park', hit)
    }
  }
  return [...best.values()].sort(comparePlaceHits)
}

/** The park's own members that provide the link: "in this park", no distance. */
function familyProviders(
  places: PlaceIndex,
  family: ReadonlySet<string>,
  provides: ProvidesLink,
): ChainProvider[] {
  if (family.size === 0) return []
  const accept = accepting(provides)
  const sites = places.allSites.filter((s) => family.has(s.properties.park_id ?? '') && accept(s))
  const parks = places.allParks.filter((p) => family.has(p.properties.id) && accept(p))
  return [
    ...parks.map((p) => asProvider(unmeasuredHit(places, 'park', p), p, provides)),
    ...sites.map((s) => asProvider(unmeasuredHit(places, 'site', s), s, provides)),
  ].sort(comparePlaceHits)
}

/**
 * Providers in the subject's districts that cannot be measured: the district-level ones, and
 * for a subject known only to district level the located ones too.
 */
function districtProviders(
  places: PlaceIndex,
  subject: AnalysisSubject,
  provides: ProvidesLink,
): ChainProvider[] {
  const codes = new Set(subject.districts.map((d) => d.code))
  const accept = (p: Place) => codes.has(p.properties.district_code) && accepting(provides)(p)
  const unlocated = subject.centers.length === 0
  const sites = unlocated ? places.allSites : places.districtLevel.sites
  const parks = unlocated ? places.allParks : places.districtLevel.parks
  return [
    ...parks.filter(accept).map((p) => asProvider(unmeasuredHit(places, 'park', p), p, provides)),
    ...sites.filter(accept).map((s) => asProvider(unmeasuredHit(places, 'site', s), s, provides)),
  ]
    .map((p) => ({ ...p, distance_km: null }))
    .sort(comparePlaceHits)
}

/** The nearest located provider anywhere, from the nearest subject centre (null if none). */
function nearestProvider(
  places: PlaceIndex,
  subject: AnalysisSubject,
  provides: ProvidesLink,
): ChainProvider | null {
  const candidates: ChainProvider[] = []
  for (const center of subject.centers) {
    for (const hit of nearestPoints(places.sites, center, 1, accepting(provides))) {
      candidates.push(asProvider(toPlaceHit(places, 'site', hit), hit.item, provides))
    }
    for (const hit of nearestPoints(places.parks, center, 1, accepting(provides))) {
      candidates.push(asProvider(toPlaceHit(places, 'park', hit), hit.item, provides))
    }
  }
  return candidates.sort(comparePlaceHits)[0] ?? null
}
