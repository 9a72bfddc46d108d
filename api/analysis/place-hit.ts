import type { ParkFeature, PlaceHit, PlaceType, SiteFeature } from '../domain/index.ts'
import type { PlaceIndex } from './place-index.ts'
import { type PointHit, positionAt } from './point-index.ts'

/**
 * A located place found by an index query as the API's `PlaceHit`: bilingual names, sectors,
 * precision, position and `distance_km`.
 *
 * @example
 * toPlaceHit(places, 'site', hit) // { type: 'site', id: 'tianjin-lishen-battery', distance_km: 2.1, … }
 */
export function toPlaceHit(
  places: PlaceIndex,
  type: PlaceType,
  hit: PointHit<SiteFeature | ParkFeature>,
): PlaceHit {
  const p = hit.item.properties
  return {
    ...names(type, hit.item),
    location_precision:
      type === 'park' ? (places.parkPrecision.get(p.id) ?? 'district') : p.location_precision,
    position: positionAt(type === 'site' ? places.sites : places.parks, hit.index),
    distance_km: hit.distanceKm,
  }
}

/**
 * A place reported without a distance: district-level (`position: null`), or a member "in
 * this park" (its position when located, no distance).
 *
 * @example
 * unmeasuredHit(places, 'site', faw) // { id: 'faw-vw-tianjin-nev', location_precision: 'district', position: null, distance_km: null }
 */
export function unmeasuredHit(
  places: PlaceIndex,
  type: PlaceType,
  feature: SiteFeature | ParkFeature,
): PlaceHit {
  const p = feature.properties
  const precision =
    type === 'park' ? (places.parkPrecision.get(p.id) ?? 'district') : p.location_precision
  const located = precision !== 'district'
  const position =
    located && type === 'site' && feature.geometry?.type === 'Point'
      ? feature.geometry.coordinates
      : located && type === 'park'
        ? parkPosition(places, p.id)
        : null
  return { ...names(type, feature), location_precision: precision, position, distance_km: null }
}

function parkPosition(places: PlaceIndex, id: string) {
  const i = places.parks.items.findIndex((park) => park.properties.id === id)
  return i === -1 ? null : positionAt(places.parks, i)
}

function names(type: PlaceType, feature: SiteFeature | ParkFeature) {
  const p = feature.properties
  return {
    type,
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    sectors: p.sectors,
    district_code: p.district_code,
  }
}

/**
 * Orders place hits by distance (unmeasured last), then parks before sites, then by id — the
 * one ordering every analysis uses.
 *
 * @example
 * hits.sort(comparePlaceHits)
 */
export function comparePlaceHits(a: PlaceHit, b: PlaceHit): number {
  const da = a.distance_km ?? Number.POSITIVE_INFINITY
  const db = b.distance_km ?? Number.POSITIVE_INFINITY
  if (da !== db) return da - db
  if (a.type !== b.type) return a.type === 'park' ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
