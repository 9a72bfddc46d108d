import KDBush from 'kdbush'
import type { LngLat } from '../domain/index.ts'
import { type AroundHits, TurfAround } from './turf-around.ts'
import { turfAFromKm, turfCosLat, turfKmFromA } from './turf-haversine.ts'

/** A static kdbush tree of items with a point position, for box queries (`tree.range`). */
export interface PointTree<T> {
  readonly items: readonly T[]
  /** `[lng0, lat0, lng1, lat1, …]` in item order. */
  readonly positions: Float64Array
  readonly tree: KDBush
}

/** A `PointTree` searched by distance too (kdbush, nearest first). */
export interface PointIndex<T> extends PointTree<T> {
  /** `items` in the tree's `coords` order (hits near each other sit near each other). */
  readonly treeItems: readonly T[]
  /** The nearest-first search over `tree`. */
  readonly around: TurfAround<T>
}

/** An item found by a query, with its index in `items` and its distance in km. */
export interface PointHit<T> {
  item: T
  index: number
  distanceKm: number
}

const HALF_CIRCUMFERENCE_KM = Math.PI * 6371.0088
/** Far above any rounding (~1e-15 relative) between a km figure and its haversine term. */
const SLACK = 1e-9

/**
 * Builds a point tree once; box queries are then O(log n + hits).
 *
 * @example
 * const markers = buildPointTree(sites, (s) => s.geometry.coordinates)
 * markers.tree.range(117.1, 39.0, 117.3, 39.2) // indexes into `markers.items`
 */
export function buildPointTree<T>(
  items: readonly T[],
  positionOf: (item: T) => LngLat,
  nodeSize = 64,
): PointTree<T> {
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
 * Builds a point index once (a `PointTree` plus what the distance search keeps per point);
 * queries are then O(log n + hits).
 *
 * @example
 * const index = buildPointIndex(sites, (s) => s.geometry.coordinates)
 */
export function buildPointIndex<T>(
  items: readonly T[],
  positionOf: (item: T) => LngLat,
  nodeSize = 64,
): PointIndex<T> {
  const { positions, tree } = buildPointTree(items, positionOf, nodeSize)
  const treeCosLats = new Float64Array(items.length)
  for (let p = 0; p < items.length; p++)
    treeCosLats[p] = turfCosLat(tree.coords[2 * p + 1] as number)
  const treeItems = Array.from(tree.ids, (i) => items[i] as T)
  return {
    items,
    positions,
    tree,
    treeItems,
    around: new TurfAround(tree, treeCosLats, treeItems),
  }
}

/**
 * Position `[lng, lat]` (WGS84 degrees) of item `i` of the index.
 *
 * @example
 * positionAt(index, 0) // [117.138, 39.084]
 */
export function positionAt(index: Pick<PointTree<unknown>, 'positions'>, i: number): LngLat {
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
 * Items whose turf distance from `center` is ≤ `radiusKm` (inclusive), nearest first (ties
 * by item index). The nearest-first search keys every point by turf's own haversine term, so
 * each distance follows from its key and equals `@turf/distance` exactly; the result equals a
 * naive turf scan.
 *
 * @param accept a filter applied inside the index search (items it rejects are never measured)
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
  const maxA =
    radiusKm >= HALF_CIRCUMFERENCE_KM * 0.99
      ? Number.POSITIVE_INFINITY
      : turfAFromKm(radiusKm) * (1 + SLACK) + 1e-18
  const found = index.around.search(center[0], center[1], Number.POSITIVE_INFINITY, maxA, accept)
  return measured(index, found, radiusKm)
}

/**
 * The `k` items nearest to `center` by turf distance (ties broken by item index). The search
 * finds k + 1; when the (k+1)-th is clearly farther than the k-th the first k are the answer,
 * otherwise (a tie at the k-th distance) every item within the k-th distance is ranked, so the
 * result equals a naive scan.
 *
 * @param accept a filter applied inside the index search (items it rejects are never measured)
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
  const found = index.around.search(center[0], center[1], k + 1, Number.POSITIVE_INFINITY, accept)
  const hits = measured(index, found, Number.POSITIVE_INFINITY)
  const kth = hits[k - 1]
  const next = hits[k]
  if (!kth || !next) return hits
  if (next.distanceKm > kth.distanceKm * (1 + SLACK)) return hits.slice(0, k)
  return pointsWithinKm(index, center, kth.distanceKm, accept).slice(0, k)
}

/**
 * Hits in search order with their turf km, those beyond `maxKm` dropped. The search order is
 * kept unless a tie (or a rounding) disagrees with distance-then-index order (checked in one
 * pass), in which case the hits are sorted.
 */
function measured<T>(index: PointIndex<T>, found: AroundHits, maxKm: number): PointHit<T>[] {
  const { treeItems, tree } = index
  const hits: PointHit<T>[] = []
  let ordered = true
  let lastKm = -1
  let lastIndex = -1
  for (let n = 0; n < found.a.length; n++) {
    const km = turfKmFromA(found.a[n] as number)
    if (km > maxKm) continue
    const p = found.treePositions[n] as number
    const i = tree.ids[p] as number
    if (km < lastKm || (km === lastKm && i < lastIndex)) ordered = false
    hits.push({ item: treeItems[p] as T, index: i, distanceKm: km })
    lastKm = km
    lastIndex = i
  }
  return ordered ? hits : hits.sort(compareHits)
}
