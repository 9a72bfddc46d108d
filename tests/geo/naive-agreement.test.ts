import { distance } from '@turf/distance'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pointSubject } from '../../api/analysis/analysis-subject.ts'
import { chainCompleteness } from '../../api/analysis/chain-completeness.ts'
import { nearestBySector } from '../../api/analysis/nearest-by-sector.ts'
import { buildPlaceIndex } from '../../api/analysis/place-index.ts'
import { matchesSector, sectorFilter } from '../../api/analysis/sector-filter.ts'
import { sitesWithinRadius } from '../../api/analysis/sites-within-radius.ts'
import type { LngLat } from '../../api/domain/index.ts'
import { createFixtureDataset } from '../api/fixtures/fixture-dataset.ts'
import { naiveChain, naiveScan } from './naive-scan.ts'
import { syntheticParks, syntheticSites, TIANJIN_BBOX } from './synthetic-places.ts'

const ds = createFixtureDataset()
const sites = [...ds.sites, ...syntheticSites(4000, 7, ds.sectors, ds.chains)]
const parks = [...ds.parks, ...syntheticParks(300, 11, ds.sectors, ds.chains)]
const places = buildPlaceIndex(sites, parks, ds.districts)
const SETTINGS = { seed: 42, numRuns: 250 }

const [minLng, minLat, maxLng, maxLat] = TIANJIN_BBOX
const point = fc.tuple(
  fc.double({ min: minLng - 0.2, max: maxLng + 0.2, noNaN: true }),
  fc.double({ min: minLat - 0.2, max: maxLat + 0.2, noNaN: true }),
) as fc.Arbitrary<LngLat>
/** A random radius, or exactly the distance to some site (the inclusive boundary). */
const radius = (center: LngLat) =>
  fc.oneof(
    fc.double({ min: 0.001, max: 120, noNaN: true }),
    fc.nat(sites.length - 1).map((i) => {
      const site = sites[i]
      return site
        ? distance(center, site.geometry.coordinates, { units: 'kilometers' }) || 0.001
        : 1
    }),
  )
const sectorId = fc.option(fc.constantFrom(...ds.sectors.map((s) => s.id)), { nil: undefined })
const strip = (items: { type: string; id: string; distance_km: number | null }[]) =>
  items.map(({ type, id, distance_km }) => ({ type, id, distance_km }))

describe('indexed analyses agree exactly with a naive @turf/distance scan over located places', () => {
  it('within: same places, order and distances for random points, radii, sectors and kinds', () => {
    const query = point.chain((center) =>
      fc.record({
        center: fc.constant(center),
        radiusKm: radius(center),
        sector: sectorId,
        kind: fc.option(fc.constantFrom('site' as const, 'park' as const), { nil: undefined }),
      }),
    )
    fc.assert(
      fc.property(query, ({ center, radiusKm, sector, kind }) => {
        const filter = sector ? sectorFilter(ds.sectors, sector) : null
        const result = sitesWithinRadius(places, center, radiusKm, { sector: filter, kind })
        const expected = naiveScan(center, sites, parks, (p) =>
          matchesSector(p.sectors, filter),
        ).filter((h) => h.distance_km <= radiusKm && (!kind || h.type === kind))
        expect(strip(result.items)).toEqual(expected)
      }),
      SETTINGS,
    )
  })

  it('nearest: same k sites for random points, k and sectors', () => {
    const query = fc.record({ center: point, k: fc.integer({ min: 1, max: 60 }), sector: sectorId })
    fc.assert(
      fc.property(query, ({ center, k, sector }) => {
        const filter = sector ? sectorFilter(ds.sectors, sector) : null
        const result = nearestBySector(places, center, k, filter)
        const expected = naiveScan(center, sites, [], (p) =>
          matchesSector(p.sectors, filter),
        ).slice(0, k)
        expect(strip(result.items)).toEqual(expected)
      }),
      SETTINGS,
    )
  })

  it('chain-completeness: same providers, nearest providers and score', () => {
    const query = point.chain((center) =>
      fc.record({
        center: fc.constant(center),
        radiusKm: radius(center),
        chain: fc.constantFrom(...ds.chains),
      }),
    )
    fc.assert(
      fc.property(query, ({ center, radiusKm, chain }) => {
        const result = chainCompleteness(places, chain, pointSubject(places, center), radiusKm)
        const expected = naiveChain(chain, center, radiusKm, sites, parks)
        const actual = result.links.map((l) => ({
          id: l.id,
          present: l.present,
          providers: strip(l.providers),
          nearest: l.nearest && strip([l.nearest])[0],
        }))
        expect(actual).toEqual(expected)
        expect(result.score).toBe(expected.filter((l) => l.present).length / expected.length)
      }),
      SETTINGS,
    )
  })
})
