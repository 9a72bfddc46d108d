import type {
  Chain,
  ChainCompletenessResult,
  ChainLinkStatus,
  LngLat,
  PlaceHit,
} from '../domain/index.ts'
import { comparePlaceHits, toPlaceHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { nearestPoints, pointsWithinKm } from './point-index.ts'

type Provider = { properties: { chain_links: string[] } }

/**
 * Which links of `chain` have a provider (a site or park whose `chain_links` contains
 * `<chainId>/<linkId>`) within `radiusKm` of `center` (inclusive; parks measured to their
 * anchor). For every link: the providers in range (nearest first) and the nearest provider
 * anywhere (`null` when none exists). `score = present_links / total_links`.
 *
 * @param center `[lng, lat]` WGS84 degrees (a park's anchor when asked for a park)
 * @param radiusKm radius in kilometres (great-circle)
 * @example
 * chainCompleteness(places, liBattery, [117.13, 39.08], 15)
 * // { chain_id: 'li-battery', present_links: 6, total_links: 10, score: 0.6, links: [...] }
 */
export function chainCompleteness(
  places: PlaceIndex,
  chain: Chain,
  center: LngLat,
  radiusKm: number,
  parkId: string | null = null,
): ChainCompletenessResult {
  const links = [...chain.links]
    .sort((a, b) => a.order - b.order)
    .map((link): ChainLinkStatus => {
      const ref = `${chain.id}/${link.id}`
      const provides = (p: Provider) => p.properties.chain_links.includes(ref)
      const providers = [
        ...pointsWithinKm(places.sites, center, radiusKm, provides).map((h) =>
          toPlaceHit(places, 'site', h),
        ),
        ...pointsWithinKm(places.parks, center, radiusKm, provides).map((h) =>
          toPlaceHit(places, 'park', h),
        ),
      ].sort(comparePlaceHits)
      const { id, name_zh, name_en, order } = link
      const present = providers.length > 0
      const nearest = providers[0] ?? nearestProvider(places, center, provides)
      return { id, ref, name_zh, name_en, order, present, providers, nearest }
    })
  const presentLinks = links.filter((l) => l.present).length
  return {
    chain_id: chain.id,
    chain_name_zh: chain.name_zh,
    chain_name_en: chain.name_en,
    center,
    radius_km: radiusKm,
    park_id: parkId,
    present_links: presentLinks,
    total_links: links.length,
    score: presentLinks / links.length,
    links,
  }
}

function nearestProvider(
  places: PlaceIndex,
  center: LngLat,
  provides: (p: Provider) => boolean,
): PlaceHit | null {
  const candidates = [
    ...nearestPoints(places.sites, center, 1, provides).map((h) => toPlaceHit(places, 'site', h)),
    ...nearestPoints(places.parks, center, 1, provides).map((h) => toPlaceHit(places, 'park', h)),
  ].sort(comparePlaceHits)
  return candidates[0] ?? null
}
