import type { PlaceHit, PlaceType } from '../domain/index.ts'
import type { PlaceIndex } from './place-index.ts'
import { type PointHit, positionAt } from './point-index.ts'

/**
 * Turns an index hit into the API's `PlaceHit` record (bilingual names, sectors, position,
 * `distance_km`).
 *
 * @example
 * toPlaceHit(places, 'site', hit) // { type: 'site', id: 'tianjin-lishen-battery', … }
 */
export function toPlaceHit(
  places: PlaceIndex,
  type: PlaceType,
  hit: PointHit<{ properties: Omit<PlaceHit, 'type' | 'position' | 'distance_km'> }>,
): PlaceHit {
  const p = hit.item.properties
  return {
    type,
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    sectors: p.sectors,
    district_code: p.district_code,
    position: positionAt(type === 'site' ? places.sites : places.parks, hit.index),
    distance_km: hit.distanceKm,
  }
}

/**
 * Orders place hits by distance, then parks before sites, then by id — the one ordering
 * every analysis uses.
 *
 * @example
 * hits.sort(comparePlaceHits)
 */
export function comparePlaceHits(a: PlaceHit, b: PlaceHit): number {
  if (a.distance_km !== b.distance_km) return a.distance_km - b.distance_km
  if (a.type !== b.type) return a.type === 'park' ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
