import FlatQueue from 'flatqueue'
import type KDBush from 'kdbush'
import { turfCosLat, turfHaversineA } from './turf-haversine.ts'

/**
 * Points found by `TurfAround.search`, nearest first: their positions in the tree (kdbush's
 * `coords` order; `tree.ids[p]` is the item's index) and turf's haversine term `a`
 * (`distance = 2·atan2(√a, √(1−a))·R`).
 */
export interface AroundHits {
  treePositions: number[]
  a: number[]
}

const RAD = Math.PI / 180
/** Node bounds are shrunk by this factor so that rounding never lifts one above a point's `a`. */
const BOUND_SHRINK = 1 - 1e-12

/**
 * Best-first search of a kdbush tree — geokdbush's `around`, keyed by turf's own haversine
 * term `a` instead of geokdbush's (6371 km sphere, its own rounding), so each hit's exact turf
 * distance follows from its key without measuring again. One instance per tree: it keeps its
 * queue and node pool between (synchronous, never overlapping) searches.
 *
 * @example
 * const around = new TurfAround(tree, cosLats, treeItems)
 * around.search(117.2, 39.13, 10, 1) // the 10 nearest items
 */
export class TurfAround<T> {
  private readonly queue = new FlatQueue<number>()
  /** Per node: left, right, axis, minLng, minLat, maxLng, maxLat. */
  private readonly nodes: number[] = []
  private lng = 0
  private lat = 0
  private cosLat = 1
  private accept: ((item: T) => boolean) | undefined
  private maxA = 0
  /** Nodes in use in `nodes` (kept allocated between searches). */
  private nodeCount = 0

  /**
   * `cosLats[p]` is `turfCosLat` of the point at tree position `p` (kdbush `coords` order),
   * `treeItems[p]` its item.
   */
  constructor(
    private readonly tree: KDBush,
    private readonly cosLats: Float64Array,
    private readonly treeItems: readonly T[],
  ) {}

  /**
   * Points around `(lng, lat)` nearest first, at most `maxResults`, none with a key above
   * `maxA` (nothing farther even enters the queue); `accept` filters items inside the search
   * (read in tree order, so neighbours sit together in memory). Ties come out in no
   * particular order.
   */
  search(
    lng: number,
    lat: number,
    maxResults: number,
    maxA: number,
    accept?: (item: T) => boolean,
  ): AroundHits {
    const { ids, coords, nodeSize } = this.tree
    const { queue, nodes } = this
    const hits: AroundHits = { treePositions: [], a: [] }
    this.lng = lng
    this.lat = lat
    this.cosLat = turfCosLat(lat)
    this.accept = accept
    this.maxA = maxA
    queue.clear()
    this.nodeCount = 0
    if (ids.length > 0) this.pushNode(0, ids.length - 1, 0, -180, -90, 180, 90)
    while (queue.length > 0) {
      const key = queue.peekValue() as number
      if (key > maxA) break
      const v = queue.pop() as number
      if (v >= 0) {
        hits.treePositions.push(v)
        hits.a.push(key)
        if (hits.a.length >= maxResults) break
        continue
      }
      const at = 7 * (-1 - v)
      const left = nodes[at] as number
      const right = nodes[at + 1] as number
      const axis = nodes[at + 2] as number
      const minLng = nodes[at + 3] as number
      const minLat = nodes[at + 4] as number
      const maxLng = nodes[at + 5] as number
      const maxLat = nodes[at + 6] as number
      if (right - left <= nodeSize) {
        for (let p = left; p <= right; p++) this.pushPoint(p)
        continue
      }
      const m = (left + right) >> 1
      this.pushPoint(m)
      const mid = coords[2 * m + axis] as number
      this.pushNode(left, m - 1, 1 - axis, minLng, minLat, axis ? maxLng : mid, axis ? mid : maxLat)
      this.pushNode(
        m + 1,
        right,
        1 - axis,
        axis ? minLng : mid,
        axis ? mid : minLat,
        maxLng,
        maxLat,
      )
    }
    this.accept = undefined
    return hits
  }

  private pushPoint(p: number) {
    if (this.accept && !this.accept(this.treeItems[p] as T)) return
    const x = this.tree.coords[2 * p] as number
    const y = this.tree.coords[2 * p + 1] as number
    const a = turfHaversineA(this.lng, this.lat, this.cosLat, x, y, this.cosLats[p] as number)
    if (a <= this.maxA) this.queue.push(p, a)
  }

  private pushNode(
    left: number,
    right: number,
    axis: number,
    minLng: number,
    minLat: number,
    maxLng: number,
    maxLat: number,
  ) {
    const bound =
      boxBound(this.lng, this.lat, this.cosLat, minLng, minLat, maxLng, maxLat) * BOUND_SHRINK
    if (bound > this.maxA) return
    const n = this.nodeCount++
    const nodes = this.nodes
    nodes[7 * n] = left
    nodes[7 * n + 1] = right
    nodes[7 * n + 2] = axis
    nodes[7 * n + 3] = minLng
    nodes[7 * n + 4] = minLat
    nodes[7 * n + 5] = maxLng
    nodes[7 * n + 6] = maxLat
    this.queue.push(-1 - n, bound)
  }
}

function hav(radians: number): number {
  const s = Math.sin(radians / 2)
  return s * s
}

/**
 * A lower bound of the haversine term from `(lng, lat)` to any point of a box. Inside the
 * box's longitudes it is the latitude gap's term; outside, the nearest point lies on the
 * nearer edge meridian, where the term `hav(φ − lat) + cos(lat)·cos(φ)·hav(Δλ)` is smallest
 * at the latitude where the great circle meets that meridian at a right angle (the "vertex",
 * `tan φ = tan(lat) / cos(Δλ)`) if the box holds it, else at a corner.
 */
function boxBound(
  lng: number,
  lat: number,
  cosLat: number,
  minLng: number,
  minLat: number,
  maxLng: number,
  maxLat: number,
): number {
  if (lng >= minLng && lng <= maxLng) {
    return hav((lat < minLat ? minLat - lat : lat > maxLat ? lat - maxLat : 0) * RAD)
  }
  const lngTerm = Math.min(hav((lng - minLng) * RAD), hav((lng - maxLng) * RAD))
  const cosDLng = 1 - 2 * lngTerm
  const vertex =
    cosDLng <= 0 ? (lat >= 0 ? 90 : -90) : Math.atan(Math.tan(lat * RAD) / cosDLng) / RAD
  if (vertex > minLat && vertex < maxLat) return meridianTerm(lat, cosLat, lngTerm, vertex)
  const atMin = meridianTerm(lat, cosLat, lngTerm, minLat)
  return Math.min(atMin, meridianTerm(lat, cosLat, lngTerm, maxLat))
}

/** The haversine term from latitude `lat` to latitude `phi` on a meridian `lngTerm` away. */
function meridianTerm(lat: number, cosLat: number, lngTerm: number, phi: number): number {
  return hav((phi - lat) * RAD) + cosLat * Math.cos(phi * RAD) * lngTerm
}
