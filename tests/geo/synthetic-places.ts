import type { Chain, LngLat, ParkFeature, Sector, SiteFeature } from '../../api/domain/index.ts'
import { roundCoordinate, roundPosition } from '../../api/domain/round-coordinates.ts'

/** Deterministic PRNG (mulberry32) so synthetic data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Around Tianjin, [minLng, minLat, maxLng, maxLat]. */
export const TIANJIN_BBOX = [116.7, 38.55, 118.05, 40.25] as const

function randomPosition(random: () => number): LngLat {
  const [minLng, minLat, maxLng, maxLat] = TIANJIN_BBOX
  return [
    roundCoordinate(minLng + random() * (maxLng - minLng)),
    roundCoordinate(minLat + random() * (maxLat - minLat)),
  ]
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T

const BASIS = {
  location_basis_zh: '合成测试数据',
  location_basis_en: 'synthetic test data',
  location_refs: [],
}

/**
 * `count` synthetic sites at random positions around Tianjin (some sharing a position, to
 * exercise ties; about one in five known only to district level), with random sectors and
 * chain links from the given catalogue.
 */
export function syntheticSites(
  count: number,
  seed: number,
  sectors: Sector[],
  chains: Chain[],
): SiteFeature[] {
  const random = seededRandom(seed)
  const refs = chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`))
  let last: LngLat = randomPosition(random)
  return Array.from({ length: count }, (_, i) => {
    const position = random() < 0.05 ? last : randomPosition(random)
    last = position
    const id = `synthetic-site-${String(i).padStart(7, '0')}`
    const districtLevel = random() < 0.2
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position },
      properties: {
        id,
        name_zh: `合成站点${i}`,
        name_en: `Synthetic site ${i}`,
        kind: 'company',
        district_code: '120116',
        sectors: [pick(random, sectors).id],
        chain_links: random() < 0.3 ? [pick(random, refs)] : [],
        plans: ['ne18'],
        citations: ['ne18-2.2.1'],
        location_precision: districtLevel ? 'district' : 'approximate',
        placement: districtLevel ? 'district' : 'source',
        location_source: 'synthetic test data',
        ...BASIS,
        status: null,
        park_id: null,
        investment_cny_100m: null,
        capacity: null,
      },
    }
  })
}

/**
 * `count` synthetic point parks (uncertainty 0.5–3 km) at random positions; about one in five
 * has an unknown extent (no geometry, district level).
 */
export function syntheticParks(
  count: number,
  seed: number,
  sectors: Sector[],
  chains: Chain[],
): ParkFeature[] {
  const random = seededRandom(seed)
  const refs = chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`))
  return Array.from({ length: count }, (_, i) => {
    const radiusKm = roundCoordinate(0.5 + random() * 2.5)
    const position = roundPosition(randomPosition(random))
    const unknown = random() < 0.2
    return {
      type: 'Feature',
      geometry: unknown ? null : { type: 'Point', coordinates: position },
      properties: {
        id: `synthetic-park-${String(i).padStart(5, '0')}`,
        name_zh: `合成园区${i}`,
        name_en: `Synthetic park ${i}`,
        kind: 'park',
        level: null,
        district_code: '120116',
        sectors: [pick(random, sectors).id],
        chain_links: random() < 0.3 ? [pick(random, refs)] : [],
        plans: ['ne18'],
        citations: ['ne18-3.4.2'],
        location_precision: unknown ? 'district' : 'approximate',
        location_source: 'synthetic test data',
        ...BASIS,
        extent: unknown ? 'unknown' : 'point',
        parent_park_id: null,
        ...(unknown ? {} : { uncertainty_km: radiusKm }),
      },
    }
  })
}
