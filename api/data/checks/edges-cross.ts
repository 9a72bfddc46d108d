import type { LngLat } from '../../domain/index.ts'

type Segment = readonly [LngLat, LngLat]

const cross = (o: LngLat, a: LngLat, b: LngLat) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

/** Whether two segments share a point (planar, in degrees; touching counts). */
function segmentsMeet([p, q]: Segment, [r, s]: Segment): boolean {
  const d1 = cross(r, s, p)
  const d2 = cross(r, s, q)
  const d3 = cross(p, q, r)
  const d4 = cross(p, q, s)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true
  }
  const onSegment = (a: LngLat, b: LngLat, c: LngLat) =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  return (
    (d1 === 0 && onSegment(r, s, p)) ||
    (d2 === 0 && onSegment(r, s, q)) ||
    (d3 === 0 && onSegment(p, q, r)) ||
    (d4 === 0 && onSegment(p, q, s))
  )
}

const segments = (ring: readonly LngLat[]): Segment[] =>
  ring.slice(1).map((b, i) => [ring[i] as LngLat, b] as const)

/**
 * Whether an edge of `ring` meets an edge of any of `others` (planar test in degrees, as
 * turf's boolean functions do). With every vertex of `ring` inside a polygon, this says
 * whether an edge still leaves it between two vertices: a much cheaper test than turf
 * `booleanWithin` on large district outlines (only edges near `ring` are compared).
 * @example edgesCross(circleRing, districtRings) // false when the circle stays inside
 */
export function edgesCross(ring: readonly LngLat[], others: readonly (readonly LngLat[])[]) {
  const edges = segments(ring)
  const lngs = ring.map((p) => p[0])
  const lats = ring.map((p) => p[1])
  const [minLng, maxLng] = [Math.min(...lngs), Math.max(...lngs)]
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)]
  const near = ([a, b]: Segment) =>
    Math.max(a[0], b[0]) >= minLng &&
    Math.min(a[0], b[0]) <= maxLng &&
    Math.max(a[1], b[1]) >= minLat &&
    Math.min(a[1], b[1]) <= maxLat
  return others.some((other) =>
    segments(other)
      .filter(near)
      .some((segment) => edges.some((edge) => segmentsMeet(edge, segment))),
  )
}
