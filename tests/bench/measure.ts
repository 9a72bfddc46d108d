import { distance } from '@turf/distance'
import type { LngLat } from '../../api/domain/index.ts'

/** Mean wall time per call of `fn` over `inputs`, in microseconds, and the last results. */
export function timePerCall<I, R>(
  inputs: readonly I[],
  fn: (input: I) => R,
): { us: number; results: R[] } {
  const results: R[] = []
  const start = performance.now()
  for (const input of inputs) results.push(fn(input))
  return { us: ((performance.now() - start) * 1000) / inputs.length, results }
}

/** Baseline: ids of every point within `radiusKm` by a linear @turf/distance scan, nearest first. */
export function naiveWithin(points: readonly LngLat[], center: LngLat, radiusKm: number): number[] {
  const hits: { i: number; d: number }[] = []
  for (let i = 0; i < points.length; i++) {
    const d = distance(center, points[i] as LngLat, { units: 'kilometers' })
    if (d <= radiusKm) hits.push({ i, d })
  }
  return hits.sort((a, b) => a.d - b.d || a.i - b.i).map((h) => h.i)
}

/** Baseline: ids of the `k` nearest points by a linear @turf/distance scan with a top-k buffer. */
export function naiveNearest(points: readonly LngLat[], center: LngLat, k: number): number[] {
  const best: { i: number; d: number }[] = []
  for (let i = 0; i < points.length; i++) {
    const d = distance(center, points[i] as LngLat, { units: 'kilometers' })
    const worst = best[best.length - 1]
    if (best.length === k && worst && d >= worst.d) continue
    let at = best.length
    while (at > 0 && (best[at - 1] as { d: number }).d > d) at--
    best.splice(at, 0, { i, d })
    if (best.length > k) best.pop()
  }
  return best.map((h) => h.i)
}

/** Formats microseconds for the table. */
export function formatUs(us: number): string {
  if (us >= 1000) return `${(us / 1000).toFixed(1)} ms`
  return `${us.toFixed(us < 10 ? 2 : 1)} µs`
}
