import { buildPointIndex, nearestPoints, pointsWithinKm } from '../../api/analysis/point-index.ts'
import type { LngLat } from '../../api/domain/index.ts'
import { seededRandom, TIANJIN_BBOX } from '../geo/synthetic-places.ts'
import { markdownTable } from './markdown-table.ts'
import { formatUs, naiveNearest, naiveWithin, timePerCall } from './measure.ts'

const SIZES = [10_000, 100_000, 1_000_000]
const RADIUS_KM = 5
const K = 10
const INDEX_QUERIES = 2000
const NAIVE_WORK = 20_000_000 // point visits per baseline measurement

function randomPoints(count: number, seed: number): LngLat[] {
  const random = seededRandom(seed)
  const [minLng, minLat, maxLng, maxLat] = TIANJIN_BBOX
  return Array.from({ length: count }, () => [
    minLng + random() * (maxLng - minLng),
    minLat + random() * (maxLat - minLat),
  ])
}

function sameAnswers(a: number[][], b: number[][], what: string) {
  a.forEach((ids, q) => {
    if (ids.join() !== b[q]?.join())
      throw new Error(`${what}: index and naive scan disagree on query ${q}`)
  })
}

/**
 * Seeded synthetic points around Tianjin (10k, 100k, 1M); `within` (5 km) and `nearest`
 * (k = 10) through the kdbush/geokdbush index vs a naive linear @turf/distance scan, measured
 * in the same run on the same queries (answers checked equal). Returns the markdown section.
 */
export function runIndexBench(): string {
  const rows: string[][] = []
  for (const size of SIZES) {
    const points = randomPoints(size, size)
    const started = performance.now()
    const index = buildPointIndex(points, (p) => p)
    const buildMs = performance.now() - started
    const queries = randomPoints(INDEX_QUERIES, 99)
    const naiveQueries = queries.slice(0, Math.max(3, Math.min(200, Math.floor(NAIVE_WORK / size))))

    const within = timePerCall(queries, (c) =>
      pointsWithinKm(index, c, RADIUS_KM).map((h) => h.index),
    )
    const withinNaive = timePerCall(naiveQueries, (c) => naiveWithin(points, c, RADIUS_KM))
    sameAnswers(withinNaive.results, within.results, 'within')
    const nearest = timePerCall(queries, (c) => nearestPoints(index, c, K).map((h) => h.index))
    const nearestNaive = timePerCall(naiveQueries, (c) => naiveNearest(points, c, K))
    sameAnswers(nearestNaive.results, nearest.results, 'nearest')

    const label = size.toLocaleString('en-US')
    const ratio = (naive: number, indexed: number) =>
      `${Math.round(naive / indexed).toLocaleString('en-US')}×`
    const build = `${buildMs.toFixed(0)} ms`
    rows.push(
      [
        label,
        `within ${RADIUS_KM} km`,
        formatUs(within.us),
        formatUs(withinNaive.us),
        ratio(withinNaive.us, within.us),
        build,
      ],
      [
        label,
        `nearest k=${K}`,
        formatUs(nearest.us),
        formatUs(nearestNaive.us),
        ratio(nearestNaive.us, nearest.us),
        '',
      ],
    )
    console.error(`bench: ${label} points done`)
  }
  const table = markdownTable(
    ['points', 'query', 'kdbush/geokdbush', 'naive turf scan', 'speed-up', 'index build'],
    [true, false, true, true, true, true],
    rows,
  )
  return `## Spatial index vs naive scan

Seeded synthetic points uniformly spread over Tianjin's bbox; ${INDEX_QUERIES} random query
points per size for the index, a subset for the naive baseline (same queries, answers checked
equal). Times are mean wall time per query. Both use @turf/distance (km) for the final distances.

${table}`
}
