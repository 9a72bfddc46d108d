import { around } from 'geokdbush'
import KDBush from 'kdbush'
import type { LngLat } from '../domain/index.ts'
import { distanceKm } from './distance-km.ts'

/** A static spatial index of items with a point position (kdbush, queried with geokdbush). */
export interface PointIndex<T> {
  readonly items: readonly T[]
  /** `[lng0, lat0, lng1, lat1, …]` in item order. */
  readonly positions: Float64Array
  readonly tree: KDBush
}

/** An item found by a query, with its index in `items` and its distance in km. */
export interface PointHit<T> {
  item: T
  index: number
  distanceKm: number
}

/** geokdbush measures with a 6371 km sphere, turf with 6371.0088 km. */
const GEOKDBUSH_PER_TURF_KM = 6371 / 6371.0088
const HALF_CIRCUMFERENCE_KM = Math.PI * 6371.0088

/**
 * Builds a point index once; queries are then O(log n + hits).
 *
 * @example
 * const index = buildPointIndex(sites, (s) => s.geometry.coordinates)
 */
export function buildPointIndex<T>(
  items: readonly T[],
  positionOf: (item: T) => LngLat,
  nodeSize = 64,
): PointIndex<T> {
  const positions = new Float64Array(items.length * 2)
  const tree = new KDBush(items.length, nodeSize)
  items.forEach((item, i) => {
    const [lng, lat] = positionOf(item)
    positions[2 * i] = lng
    positions[2 * i + 1] = lat
    tree.add(lng, lat)
  })
  tree.finish()
  return { items, positions, tree }
}

/**
 * Position `[lng, lat]` (WGS84 degrees) of item `i` of the index.
 *
 * @example
 * positionAt(index, 0) // [117.138, 39.084]
 */
export function positionAt(index: PointIndex<unknown>, i: number): LngLat {
  return [index.positions[2 * i] ?? Number.NaN, index.positions[2 * i + 1] ?? Number.NaN]
}

/**
 * Orders hits by distance (km), then by item index (so ties are deterministic).
 *
 * @example
 * hits.sort(compareHits)
 */
export function compareHits<T>(a: PointHit<T>, b: PointHit<T>): number {
  return a.distanceKm - b.distanceKm || a.index - b.index
}

/**
 * Items whose turf distance from `center` is ≤ `radiusKm` (inclusive), nearest first.
 * geokdbush prunes with a slightly larger radius; turf decides, so the result equals a
 * naive `@turf/distance` scan.
 *
 * @example
 * pointsWithinKm(index, [117.2, 39.13], 5) // all items within 5 km of the Tianjin centre
 */
export function pointsWithinKm<T>(
  index: PointIndex<T>,
  center: LngLat,
  radiusKm: number,
  accept?: (item: T) => boolean,
): PointHit<T>[] {
  if (index.items.length === 0 || !(radiusKm >= 0)) return []
  const searchKm =
    radiusKm >= HALF_CIRCUMFERENCE_KM * 0.99
      ? Number.POSITIVE_INFINITY
      : radiusKm * GEOKDBUSH_PER_TURF_KM * (1 + 1e-9) + 1e-9
  const predicate = accept && ((i: number) => accept(index.items[i] as T))
  const hits: PointHit<T>[] = []
  for (const i of around(index.tree, center[0], center[1], undefined, searchKm, predicate)) {
    const d = distanceKm(center, positionAt(index, i))
    if (d <= radiusKm) hits.push({ item: index.items[i] as T, index: i, distanceKm: d })
  }
  return hits.sort(compareHits)
}

/**
 * The `k` items nearest to `center` by turf distance (ties broken by item index).
 * geokdbush finds k candidates; every item within the farthest candidate's turf distance
 * is then ranked, so the result equals a naive scan.
 *
 * @example
 * nearestPoints(index, [117.2, 39.13], 3) // three nearest items
 */
export function nearestPoints<T>(
  index: PointIndex<T>,
  center: LngLat,
  k: number,
  accept?: (item: T) => boolean,
): PointHit<T>[] {
  if (index.items.length === 0 || k < 1) return []
  const predicate = accept && ((i: number) => accept(index.items[i] as T))
  const first = around(index.tree, center[0], center[1], k, undefined, predicate)
  if (first.length === 0) return []
  const farthestKm = Math.max(...first.map((i) => distanceKm(center, positionAt(index, i))))
  return pointsWithinKm(index, center, farthestKm, accept).slice(0, k)
}
