import { around } from 'geokdbush'
import { buildPointIndex, nearestPoints, pointsWithinKm } from '../../api/analysis/point-index.ts'
import type { LngLat } from '../../api/domain/index.ts'
import { seededRandom, TIANJIN_BBOX } from '../geo/synthetic-places.ts'
import { markdownTable } from './markdown-table.ts'
import { formatUs, naiveNearest, naiveWithin, timePerCall } from './measure.ts'
import { pairedTimes, percentile } from './paired-timing.ts'

const SIZES = [10_000, 100_000, 1_000_000]
const RADIUS_KM = 5
const K = 10
const INDEX_QUERIES = 2000
const NAIVE_WORK = 20_000_000 // point visits per baseline measurement
/** Goal (issue 13): the project's query p50 at most this many times bare geokdbush's, at 1M. */
const GOAL_RATIO = 1.25
const GOAL_SIZE = 1_000_000
/** The filtered rows keep one item in this many (a sector filter's share). */
const FILTER_SHARE = 20

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

function row(size: number, query: string, times: { project: number[]; anchor: number[] }) {
  const [p50, p99, a50, a99] = [
    percentile(times.project, 50),
    percentile(times.project, 99),
    percentile(times.anchor, 50),
    percentile(times.anchor, 99),
  ] as [number, number, number, number]
  const ratio = p50 / a50
  const goal = size === GOAL_SIZE ? `${ratio <= GOAL_RATIO ? '✓' : '✗'} ≤ ${GOAL_RATIO}×` : ''
  const cells = [formatUs(p50), formatUs(a50), `${ratio.toFixed(2)}×`, goal]
  return [size.toLocaleString('en-US'), query, ...cells, formatUs(p99), formatUs(a99)]
}

/**
 * The same queries with a filter inside the search (one item in `FILTER_SHARE`, as a sector
 * filter): the project's `accept` on items against geokdbush's predicate on ids.
 */
function filteredRows(points: readonly LngLat[], queries: readonly LngLat[]): string[][] {
  const byId = buildPointIndex(
    points.map((_, i) => i),
    (i) => points[i] as LngLat,
  )
  const accept = (i: number) => i % FILTER_SHARE === 3
  const size = points.length
  const label = `1 in ${FILTER_SHARE}`
  const within = pairedTimes(
    queries,
    (c) => pointsWithinKm(byId, c, RADIUS_KM, accept),
    (c) => around(byId.tree, c[0], c[1], undefined, RADIUS_KM, accept),
  )
  const nearest = pairedTimes(
    queries,
    (c) => nearestPoints(byId, c, K, accept),
    (c) => around(byId.tree, c[0], c[1], K, undefined, accept),
  )
  return [
    row(size, `within ${RADIUS_KM} km, ${label}`, within),
    row(size, `nearest k=${K}, ${label}`, nearest),
  ]
}

/**
 * Seeded synthetic points around Tianjin (10k, 100k, 1M): the project's `pointsWithinKm`
 * (5 km) and `nearestPoints` (k = 10) against the anchor, bare geokdbush `around` on the same
 * tree and queries (timed per query, interleaved), and against a naive linear @turf/distance
 * scan (answers checked equal). Returns the markdown section.
 */
export function runIndexBench(): string {
  const rows: string[][] = []
  const naiveRows: string[][] = []
  for (const size of SIZES) {
    const points = randomPoints(size, size)
    const started = performance.now()
    const index = buildPointIndex(points, (p) => p)
    const buildMs = performance.now() - started
    const queries = randomPoints(INDEX_QUERIES, 99)
    const naiveQueries = queries.slice(0, Math.max(3, Math.min(200, Math.floor(NAIVE_WORK / size))))
    const ids = (hits: { index: number }[]) => hits.map((h) => h.index)

    const within = pairedTimes(
      queries,
      (c) => ids(pointsWithinKm(index, c, RADIUS_KM)),
      (c) => around(index.tree, c[0], c[1], undefined, RADIUS_KM),
    )
    const nearest = pairedTimes(
      queries,
      (c) => ids(nearestPoints(index, c, K)),
      (c) => around(index.tree, c[0], c[1], K),
    )
    const withinNaive = timePerCall(naiveQueries, (c) => naiveWithin(points, c, RADIUS_KM))
    sameAnswers(withinNaive.results, within.results, 'within')
    const nearestNaive = timePerCall(naiveQueries, (c) => naiveNearest(points, c, K))
    sameAnswers(nearestNaive.results, nearest.results, 'nearest')

    rows.push(row(size, `within ${RADIUS_KM} km`, within), row(size, `nearest k=${K}`, nearest))
    if (size === GOAL_SIZE) rows.push(...filteredRows(points, queries))
    const label = size.toLocaleString('en-US')
    naiveRows.push(
      [label, `within ${RADIUS_KM} km`, formatUs(withinNaive.us), `${buildMs.toFixed(0)} ms`],
      [label, `nearest k=${K}`, formatUs(nearestNaive.us), ''],
    )
    console.error(`bench: ${label} points done`)
  }
  const table = markdownTable(
    [
      'points',
      'query',
      'project p50',
      'geokdbush p50',
      'ratio',
      'goal',
      'project p99',
      'geokdbush p99',
    ],
    [true, false, true, true, true, false, true, true],
    rows,
  )
  const naiveTable = markdownTable(
    ['points', 'query', 'naive turf scan (mean)', 'index build'],
    [true, false, true, true],
    naiveRows,
  )
  return `## Spatial index: the project's queries vs bare geokdbush

Seeded synthetic points uniformly spread over Tianjin's bbox; ${INDEX_QUERIES} random query
points per size. "project" is \`pointsWithinKm\` / \`nearestPoints\` (api/analysis/point-index.ts:
hits with exact @turf/distance km, ties by item, equal to a naive turf scan); the anchor is bare
geokdbush \`around\` on the same tree and queries (ids only, its 6371 km sphere). Each query is
timed on both, alternating which runs first; p50 and p99 of per-query wall time. Goal at
${GOAL_SIZE.toLocaleString('en-US')} points: project p50 ≤ ${GOAL_RATIO}× geokdbush. The "1 in ${FILTER_SHARE}" rows filter
inside the search (as a sector filter does): the project's \`accept\` vs geokdbush's predicate.

${table}

The same queries by a naive linear @turf/distance scan (a subset of the queries; answers
checked equal to the project's):

${naiveTable}`
}
