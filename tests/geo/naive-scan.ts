import { centroid } from '@turf/centroid'
import { distance } from '@turf/distance'
import type { Chain, LngLat, ParkFeature, SiteFeature } from '../../api/domain/index.ts'
import { roundPosition } from '../../api/domain/round-coordinates.ts'

/** The baseline the indexed analyses must equal: a linear @turf/distance scan. */
export interface NaiveHit {
  type: 'site' | 'park'
  id: string
  distance_km: number
}

/**
 * A located park's anchor as documented: its point, or the turf centroid of its outline
 * rounded to 6 decimals, or for a park inside another its parent's; `null` for a park known
 * only to district level.
 */
export function naiveParkAnchor(
  park: ParkFeature,
  parks: readonly ParkFeature[] = [],
): LngLat | null {
  const parentId = park.properties.parent_park_id
  if (park.properties.extent === 'in-parent' && parentId) {
    const parent = parks.find((p) => p.properties.id === parentId)
    return parent ? naiveParkAnchor(parent) : null
  }
  if (!park.geometry || park.properties.location_precision === 'district') return null
  if (park.geometry.type === 'Point') return park.geometry.coordinates
  return roundPosition(centroid(park.geometry).geometry.coordinates)
}

const order = (a: NaiveHit, b: NaiveHit) =>
  a.distance_km - b.distance_km ||
  (a.type === b.type ? 0 : a.type === 'park' ? -1 : 1) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Every located site and park with its distance from `center`, sorted nearest first; places
 * known only to district level are never measured.
 */
export function naiveScan(
  center: LngLat,
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
  keep: (p: SiteFeature['properties'] | ParkFeature['properties']) => boolean = () => true,
): NaiveHit[] {
  const km = (p: LngLat) => distance(center, p, { units: 'kilometers' })
  return [
    ...sites
      .filter((s) => s.properties.location_precision !== 'district' && keep(s.properties))
      .map((s) => ({
        type: 'site' as const,
        id: s.properties.id,
        distance_km: km(s.geometry.coordinates),
      })),
    ...parks
      .filter((p) => keep(p.properties))
      .flatMap((p) => {
        const anchor = naiveParkAnchor(p, parks)
        return anchor
          ? [{ type: 'park' as const, id: p.properties.id, distance_km: km(anchor) }]
          : []
      }),
  ].sort(order)
}

/** Naive chain completeness: per link, providers in range and the nearest provider. */
export function naiveChain(
  chain: Chain,
  center: LngLat,
  radiusKm: number,
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
) {
  return [...chain.links]
    .sort((a, b) => a.order - b.order)
    .map((link) => {
      const ref = `${chain.id}/${link.id}`
      const all = naiveScan(center, sites, parks, (p) => p.chain_links.includes(ref))
      const providers = all.filter((h) => h.distance_km <= radiusKm)
      return { id: link.id, present: providers.length > 0, providers, nearest: all[0] ?? null }
    })
}
