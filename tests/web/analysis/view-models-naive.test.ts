import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { distance } from '@turf/distance'
import { pointToLineDistance } from '@turf/point-to-line-distance'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../api/app.ts'
import { loadDataset } from '../../../api/data/load-dataset.ts'
import type {
  Chain,
  ChainCompletenessResult,
  ChainEquivalence,
  DistrictFeature,
  LngLat,
  ParkFeature,
  SiteFeature,
  WithinResult,
} from '../../../api/domain/index.ts'
import type { AnalysisSubject } from '../../../web/features/analysis/analysis-url.ts'
import { chainViewModel } from '../../../web/features/analysis/chain-view-model.ts'
import { placeLookup, resolveSubject } from '../../../web/features/analysis/place-facts.ts'
import { withinViewModel } from '../../../web/features/analysis/within-view-model.ts'
import { formatKm } from '../../../web/lib/ui/format-km.ts'
import { naiveParkAnchor } from '../../geo/naive-scan.ts'

/**
 * The panel's numbers (view models built from the API's answers) against a naive scan of the
 * raw geodata files with @turf/distance over the located places (a site's point, a park's
 * point, outline centroid or parent's), and the district-level places of the districts the
 * radius touches: every place, every distance, every count.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const read = (path: string) => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'))
const SITES: SiteFeature[] = read('geodata/sites.geojson').features
const PARKS: ParkFeature[] = read('geodata/parks.geojson').features
const CHAINS: Chain[] = read('seeds/extracted/chains.json')
const EQUIVALENCES: ChainEquivalence[] = read('seeds/extracted/chain-equivalences.json')
const DISTRICTS: DistrictFeature[] = read('geodata/districts.geojson').features
const app = createApp(await loadDataset(ROOT), { version: 'naive-test' })
const lookup = placeLookup(SITES, PARKS)

type Place = {
  type: 'site' | 'park'
  id: string
  at: LngLat
  p: SiteFeature['properties'] | ParkFeature['properties']
}
const PLACES: Place[] = [
  ...SITES.filter((s) => s.properties.location_precision !== 'district').map((s) => ({
    type: 'site' as const,
    id: s.properties.id,
    at: s.geometry.coordinates,
    p: s.properties,
  })),
  ...PARKS.flatMap((park) => {
    const at = naiveParkAnchor(park, PARKS)
    return at ? [{ type: 'park' as const, id: park.properties.id, at, p: park.properties }] : []
  }),
]
const located = new Set(PLACES.map((p) => `${p.type}:${p.id}`))
/** District-level places of the districts within `radiusKm` of `center` (border distance). */
const naiveDistrictLevel = (center: LngLat, radiusKm: number) => {
  const touched = new Set(
    DISTRICTS.filter((d) => {
      if (booleanPointInPolygon(center, d)) return true
      const polygons =
        d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates
      return polygons
        .flat()
        .some(
          (ring) =>
            pointToLineDistance(
              center,
              { type: 'LineString', coordinates: ring },
              { units: 'kilometers' },
            ) <= radiusKm,
        )
    }).map((d) => d.properties.code),
  )
  return [
    ...SITES.map((s) => ({ key: `site:${s.properties.id}`, p: s.properties })),
    ...PARKS.map((p) => ({ key: `park:${p.properties.id}`, p: p.properties })),
  ].filter(({ key, p }) => !located.has(key) && touched.has(p.district_code))
}
/** Whether a place provides `ref` directly or through an equivalent link. */
const provides = (links: readonly string[], ref: string) =>
  links.includes(ref) ||
  (EQUIVALENCES.find((e) => e.link === ref)?.also_satisfied_by ?? []).some((r) => links.includes(r))
const naive = (center: LngLat) =>
  PLACES.map((place) => ({ ...place, km: distance(center, place.at, { units: 'kilometers' }) }))

const SUBJECTS: AnalysisSubject[] = [
  { kind: 'site', id: 'tianjin-lishen-battery' },
  { kind: 'park', id: 'nangang-industrial-zone' },
  { kind: 'park', id: 'teda-east-area' },
  { kind: 'point', at: [117.2, 39.13] },
]

async function api<T>(path: string): Promise<T> {
  const res = await app.request(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

describe('the radius tab’s numbers equal a naive @turf/distance scan of geodata/', () => {
  for (const subject of SUBJECTS) {
    for (const radiusKm of [10, 25]) {
      const label =
        subject.kind === 'point' ? subject.at.join(',') : `${subject.kind} ${subject.id}`
      it(`lists the same places, distances, counts and investment around ${label} at ${radiusKm} km`, async () => {
        const at = resolveSubject(subject, lookup)?.position
        if (!at) throw new Error(`unknown subject ${label}`)
        const result = await api<WithinResult>(
          `/api/analysis/within?lng=${at[0]}&lat=${at[1]}&radius_km=${radiusKm}`,
        )
        const vm = withinViewModel(result, lookup, [])
        const expected = naive(at).filter((h) => h.km <= radiusKm)
        const shown = vm.groups.flatMap((g) => g.rows)
        expect(shown.map((r) => `${r.type}:${r.id}`).sort()).toEqual(
          expected.map((h) => `${h.type}:${h.id}`).sort(),
        )
        for (const row of shown) {
          const truth = expected.find((h) => h.type === row.type && h.id === row.id)
          expect(row.distanceKm).toBeCloseTo(truth?.km ?? Number.NaN, 9)
          expect(formatKm(row.distanceKm, 'en')).toBe(formatKm(truth?.km ?? Number.NaN, 'en'))
          expect(row.precision).toBe(truth?.p.location_precision)
        }
        expect(vm.total).toBe(expected.length)
        expect(vm.districtLevel.rows.map((r) => `${r.type}:${r.id}`).sort()).toEqual(
          naiveDistrictLevel(at, radiusKm)
            .map((h) => h.key)
            .sort(),
        )
        for (const row of vm.districtLevel.rows) expect(row.distanceKm).toBeNull()
        const sectors = new Set(expected.flatMap((h) => h.p.sectors))
        expect(vm.summary.map((s) => s.sector).sort()).toEqual([...sectors].sort())
        for (const s of vm.summary) {
          const tagged = expected.filter((h) => h.p.sectors.includes(s.sector))
          expect(s.sites, s.sector).toBe(tagged.filter((h) => h.type === 'site').length)
          expect(s.parks, s.sector).toBe(tagged.filter((h) => h.type === 'park').length)
          const invest = tagged.flatMap((h) =>
            'investment_cny_100m' in h.p && h.p.investment_cny_100m !== null
              ? [h.p.investment_cny_100m]
              : [],
          )
          expect(s.investmentCny100m).toBeCloseTo(
            invest.reduce((a, b) => a + b, 0),
            9,
          )
        }
      })
    }
  }
})

describe('the chain tab’s numbers equal a naive @turf/distance scan of geodata/', () => {
  const cases: Array<[string, AnalysisSubject, number]> = [
    ['li-battery', { kind: 'park', id: 'binhai-hi-tech-zone-huayuan' }, 10],
    ['nev', { kind: 'park', id: 'teda-east-area' }, 20],
    ['hydrogen', { kind: 'point', at: [117.65, 39.03] }, 20],
    ['chain-new-energy', { kind: 'site', id: 'tianjin-lishen-battery' }, 15],
  ]
  for (const [chainId, subject, radiusKm] of cases) {
    it(`finds the same present links, providers and nearest providers for ${chainId} within ${radiusKm} km`, async () => {
      const at = resolveSubject(subject, lookup)?.position
      const chain = CHAINS.find((c) => c.id === chainId)
      if (!at || !chain) throw new Error('unknown subject or chain')
      const result = await api<ChainCompletenessResult>(
        `/api/analysis/chain-completeness?chain=${chainId}&lng=${at[0]}&lat=${at[1]}&radius_km=${radiusKm}`,
      )
      const vm = chainViewModel(result, lookup)
      const scan = naive(at)
      const links = chain.links.map((link) => {
        const providers = scan
          .filter((h) => provides(h.p.chain_links, `${chainId}/${link.id}`))
          .sort((a, b) => a.km - b.km)
        return {
          id: link.id,
          inside: providers.filter((h) => h.km <= radiusKm),
          nearest: providers[0],
        }
      })
      const present = links.filter((l) => l.inside.length > 0)
      expect(vm.present.map((l) => l.id).sort()).toEqual(present.map((l) => l.id).sort())
      expect(vm.missing.map((l) => l.id).sort()).toEqual(
        links
          .filter((l) => l.inside.length === 0)
          .map((l) => l.id)
          .sort(),
      )
      expect(vm.score).toBeCloseTo(present.length / chain.links.length, 12)
      expect(vm.totalLinks).toBe(chain.links.length)
      for (const link of vm.present) {
        const truth = links.find((l) => l.id === link.id)
        expect(link.providers.map((p) => p.id).sort()).toEqual(
          truth?.inside.map((h) => h.id).sort(),
        )
      }
      for (const link of vm.missing) {
        const truth = links.find((l) => l.id === link.id)?.nearest
        expect(link.nearest?.distanceKm ?? null).toEqual(truth ? expect.closeTo(truth.km, 9) : null)
        if (truth) expect(link.nearest?.distanceKm).toBeGreaterThan(radiusKm)
      }
    })
  }
})

describe('a subject known only by district', () => {
  it('has no position, so the panel measures nothing from it', () => {
    expect(
      resolveSubject({ kind: 'park', id: 'china-hydrogen-valley' }, lookup)?.position,
    ).toBeNull()
    expect(resolveSubject({ kind: 'site', id: 'faw-vw-tianjin-nev' }, lookup)?.position).toBeNull()
  })
})

describe('a zone of separate parts', () => {
  it.each(['teda', 'binhai-hi-tech-zone'])(
    'is measured from its located parts, as the API measures %s',
    async (id) => {
      const resolved = resolveSubject({ kind: 'park', id }, lookup)
      const result = await api<ChainCompletenessResult>(
        `/api/analysis/chain-completeness?chain=li-battery&park=${id}&radius_km=10`,
      )
      expect(resolved?.byParts).toBe(true)
      expect(resolved?.centers).toEqual(result.subject.centers)
      expect(resolved?.position).toEqual(result.center)
      expect(resolved?.precision).toBe(result.subject.location_precision)
    },
  )
})
