import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { type ParkLocation, parkLocation, parkLookup } from '../../analysis/park-location.ts'
import type {
  Chain,
  DistrictFeature,
  LngLat,
  ParkFeature,
  SiteFeature,
  SiteKind,
  SitePlacement,
} from '../../domain/index.ts'
import { roundPosition } from '../../domain/round-coordinates.ts'
import { SITE_STATUSES } from '../../domain/site-status.ts'
import { buildDistrictIndex, type DistrictIndex } from '../checks/district-index.ts'
import { representativePoints } from '../checks/precision-fields.ts'
import { type SeededRandom, seededRandom } from './seeded-random.ts'
import { SYNTHETIC_LOCATION_TEXTS, SYNTHETIC_SOURCE_URL } from './synthetic-site-texts.ts'

/** What synthetic sites are placed among: the real districts, parks and chains. */
export interface SyntheticBase {
  districts: readonly DistrictFeature[]
  parks: readonly ParkFeature[]
  chains: readonly Chain[]
  /** Points already taken (the real sites'), so no located site is stacked on another. */
  takenPoints?: readonly LngLat[]
}

/** Share of synthetic sites per placement; the rest of `source` is split exact/approximate. */
export const SYNTHETIC_MIX = { district: 0.2, park: 0.15, exactOfSource: 0.6 } as const

const KINDS: readonly SiteKind[] = ['company', 'company', 'company', 'project', 'institution']

/** The id of synthetic site `n` (1-based): `synthetic-0000042`. */
export const syntheticSiteId = (n: number) => `synthetic-${String(n).padStart(7, '0')}`

/**
 * `count` seeded synthetic sites over the real districts and parks, obeying the place-truth
 * rules `check:data` enforces: a `district` site stands at its district's representative point;
 * a `park` site lies inside its located park (outline, or a point park's uncertainty ring) with
 * the park's precision; a `source` site is a random point of its district, exact or approximate;
 * located sites never share a point. Each carries sectors and a chain link of one real chain, a
 * `source_url` on a reserved `.invalid` host and `synthetic: true`. Same seed, same sites.
 *
 * @example [...syntheticSites(base, 3, 1)].map((s) => s.properties.placement) // ['source', …]
 */
export function* syntheticSites(
  base: SyntheticBase,
  count: number,
  seed: number,
): Generator<SiteFeature> {
  const random = seededRandom(seed)
  const districts = buildDistrictIndex(base.districts)
  const representative = representativePoints(districts)
  const lookup = parkLookup(base.parks)
  const located = base.parks.flatMap((park) => {
    const location = parkLocation(park, lookup)
    return location ? [{ park, location }] : []
  })
  const extent = districtsExtent(base.districts)
  const taken = new Set((base.takenPoints ?? []).map((p) => p.join(',')))
  const free = (point: LngLat) => !taken.has(point.join(','))
  for (let n = 1; n <= count; n += 1) {
    const roll = random.next()
    let placement: SitePlacement = 'source'
    if (roll < SYNTHETIC_MIX.district) placement = 'district'
    else if (roll < SYNTHETIC_MIX.district + SYNTHETIC_MIX.park && located.length > 0)
      placement = 'park'
    let point: LngLat
    let code: string
    let parkId: string | null = null
    let precision: SiteFeature['properties']['location_precision']
    if (placement === 'district') {
      const district = random.pick(base.districts)
      code = district.properties.code
      point = representative(code) as LngLat
      precision = 'district'
    } else {
      const target = placement === 'park' ? random.pick(located) : null
      const sample = () => (target ? pointInPark(target.location, random) : pointIn(extent, random))
      ;[point, code] = placeFree(sample, districts, free)
      taken.add(point.join(','))
      parkId = target?.park.properties.id ?? null
      precision = target
        ? target.location.precision
        : random.next() < SYNTHETIC_MIX.exactOfSource
          ? 'exact'
          : 'approximate'
    }
    yield syntheticSite(n, { point, code, parkId, placement, precision }, base.chains, random)
  }
}

interface Placed {
  point: LngLat
  code: string
  parkId: string | null
  placement: SitePlacement
  precision: SiteFeature['properties']['location_precision']
}

function syntheticSite(n: number, at: Placed, chains: readonly Chain[], random: SeededRandom) {
  const id = syntheticSiteId(n)
  const chain = random.pick(chains)
  const link = random.pick(chain.links)
  const texts = SYNTHETIC_LOCATION_TEXTS[at.placement]
  const status = random.next() < 0.5 ? null : random.pick(SITE_STATUSES)
  const site: SiteFeature = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: at.point },
    properties: {
      name_zh: `合成站点 ${n}`,
      name_en: `Synthetic site ${n}`,
      id,
      district_code: at.code,
      sectors: [random.pick(chain.sectors)],
      chain_links: [`${chain.id}/${link.id}`],
      plans: [],
      citations: [],
      source_url: `${SYNTHETIC_SOURCE_URL}${id}`,
      location_precision: at.precision,
      location_source: texts.source,
      location_basis_zh: texts.zh,
      location_basis_en: texts.en,
      location_refs: [],
      kind: random.pick(KINDS),
      placement: at.placement,
      status,
      park_id: at.parkId,
      investment_cny_100m: null,
      capacity: null,
      synthetic: true,
    },
  }
  return site
}

type Box = readonly [number, number, number, number]

function districtsExtent(districts: readonly DistrictFeature[]): Box {
  const box = [180, 90, -180, -90]
  for (const d of districts) {
    const rings = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates
    for (const [lng, lat] of rings.flat(2)) {
      box[0] = Math.min(box[0] as number, lng)
      box[1] = Math.min(box[1] as number, lat)
      box[2] = Math.max(box[2] as number, lng)
      box[3] = Math.max(box[3] as number, lat)
    }
  }
  return box as unknown as Box
}

const pointIn = ([w, s, e, n]: Box, random: SeededRandom): LngLat => [
  w + (e - w) * random.next(),
  s + (n - s) * random.next(),
]

/** A random point of a located park: inside its outline, or within 90 % of a point park's ring. */
function pointInPark(location: ParkLocation, random: SeededRandom): LngLat | null {
  const g = location.geometry
  if (g.type === 'Point') {
    const [lng, lat] = g.coordinates as LngLat
    const km = 0.9 * (location.uncertaintyKm ?? 0) * Math.sqrt(random.next())
    const bearing = 2 * Math.PI * random.next()
    const dLat = (km * Math.cos(bearing)) / 111.32
    const dLng = (km * Math.sin(bearing)) / (111.32 * Math.cos((lat * Math.PI) / 180))
    return [lng + dLng, lat + dLat]
  }
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates
  const box = districtsExtent([{ geometry: { type: 'MultiPolygon', coordinates: rings } }] as never)
  const point = roundPosition(pointIn(box, random))
  return booleanPointInPolygon(point, g) ? point : null
}

/** Samples until a rounded point lies in a district (and, for outlines, its park) and is free. */
function placeFree(
  sample: () => LngLat | null,
  districts: DistrictIndex,
  free: (point: LngLat) => boolean,
): [LngLat, string] {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const raw = sample()
    if (!raw) continue
    const point = roundPosition(raw)
    const [district] = districts.containing(point)
    if (district && free(point)) return [point, district.properties.code]
  }
  throw new Error('could not place a synthetic site in 10,000 attempts')
}
