import { distance } from '@turf/distance'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPointIndex, nearestPoints, pointsWithinKm } from '../../api/analysis/point-index.ts'
import { turfCosLat, turfHaversineA, turfKmFromA } from '../../api/analysis/turf-haversine.ts'
import type { LngLat } from '../../api/domain/index.ts'
import { seededRandom, TIANJIN_BBOX } from './synthetic-places.ts'

const SETTINGS = { seed: 13, numRuns: 300 }
const [minLng, minLat, maxLng, maxLat] = TIANJIN_BBOX

/**
 * Seeded points over Tianjin's bbox; every 5th sits on one of 40 shared "hub" positions (as
 * sites share a park's anchor: exact distance ties), every 11th has its longitude rounded to
 * 0.01° (many points share a meridian).
 */
function seededPoints(count: number, seed: number): { points: LngLat[]; hubs: LngLat[] } {
  const random = seededRandom(seed)
  const at = (): LngLat => [
    minLng + random() * (maxLng - minLng),
    minLat + random() * (maxLat - minLat),
  ]
  const hubs = Array.from({ length: 40 }, at)
  const points = Array.from({ length: count }, (_, i): LngLat => {
    const hub = hubs[Math.floor(random() * hubs.length)] as LngLat
    if (i % 5 === 4) return [hub[0], hub[1]]
    const [lng, lat] = at()
    return [i % 11 === 10 ? Math.round(lng * 100) / 100 : lng, lat]
  })
  return { points, hubs }
}

const { points, hubs } = seededPoints(20_000, 2026)
const index = buildPointIndex(points, (p) => p)
const indexOf = new Map(points.map((p, i) => [p, i]))

/** The baseline: every point measured with @turf/distance, nearest first, ties by index. */
function naive(center: LngLat, accept: (i: number) => boolean) {
  return points
    .map((p, i) => ({ index: i, distanceKm: distance(center, p, { units: 'kilometers' }) }))
    .filter((h) => accept(h.index))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
}

const center = fc.oneof(
  fc.tuple(
    fc.double({ min: minLng - 0.3, max: maxLng + 0.3, noNaN: true }),
    fc.double({ min: minLat - 0.3, max: maxLat + 0.3, noNaN: true }),
  ),
  fc.nat(points.length - 1).map((i) => points[i] as LngLat),
  fc.constantFrom(...hubs),
) as fc.Arbitrary<LngLat>
/** No filter, or keep the points whose index is `r` mod `m` (a predicate inside the search). */
const filter = fc.option(
  fc.tuple(fc.integer({ min: 2, max: 40 }), fc.nat(39)).map(
    ([m, r]) =>
      (i: number) =>
        i % m === r % m,
  ),
  { nil: undefined },
)
const strip = (hits: { index: number; distanceKm: number }[]) =>
  hits.map(({ index, distanceKm }) => ({ index, distanceKm }))

describe('point index queries equal a naive @turf/distance scan over seeded random points', () => {
  it('within: same points, order (ties by index) and distances, radius inclusive', () => {
    const query = center.chain((c) =>
      fc.record({
        center: fc.constant(c),
        accept: filter,
        radiusKm: fc.oneof(
          fc.double({ min: 0, max: 30, noNaN: true }),
          fc
            .nat(points.length - 1)
            .map((i) => distance(c, points[i] as LngLat, { units: 'kilometers' })),
        ),
      }),
    )
    fc.assert(
      fc.property(query, ({ center, accept, radiusKm }) => {
        const keep = (i: number) => !accept || accept(i)
        const expected = naive(center, keep).filter((h) => h.distanceKm <= radiusKm)
        const actual = pointsWithinKm(
          index,
          center,
          radiusKm,
          accept && ((p) => keep(indexOf.get(p) ?? -1)),
        )
        expect(strip(actual)).toEqual(expected)
      }),
      { ...SETTINGS, numRuns: 60 },
    )
  })

  it('nearest: the same k points in the same order with the same distances', () => {
    const query = fc.record({ center, k: fc.integer({ min: 1, max: 150 }), accept: filter })
    fc.assert(
      fc.property(query, ({ center, k, accept }) => {
        const keep = (i: number) => !accept || accept(i)
        const actual = nearestPoints(
          index,
          center,
          k,
          accept && ((p) => keep(indexOf.get(p) ?? -1)),
        )
        expect(strip(actual)).toEqual(naive(center, keep).slice(0, k))
      }),
      { ...SETTINGS, numRuns: 60 },
    )
  })
})

describe('turf haversine split in two', () => {
  it('gives exactly the km of @turf/distance for any two positions on Earth, the antimeridian too', () => {
    const position = fc.tuple(
      fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-180, 180)),
      fc.double({ min: -90, max: 90, noNaN: true }),
    )
    fc.assert(
      fc.property(position, position, ([lng1, lat1], [lng2, lat2]) => {
        const a = turfHaversineA(lng1, lat1, turfCosLat(lat1), lng2, lat2, turfCosLat(lat2))
        expect(turfKmFromA(a)).toBe(distance([lng1, lat1], [lng2, lat2], { units: 'kilometers' }))
      }),
      { ...SETTINGS, numRuns: 5000 },
    )
  })
})
