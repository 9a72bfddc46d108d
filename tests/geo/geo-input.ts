import { readFileSync } from 'node:fs'
import { type AccessIndex, buildAccessIndex } from '../../api/analysis/access-index.ts'
import { parkSubject, pointSubject } from '../../api/analysis/analysis-subject.ts'
import { buildPlaceIndex, type PlaceIndex } from '../../api/analysis/place-index.ts'
import { type SectorFilter, sectorFilter } from '../../api/analysis/sector-filter.ts'
import {
  type AnalysisSubject,
  type Chain,
  type ChainEquivalence,
  ChainEquivalenceSchema,
  ChainSchema,
  DistrictCollectionSchema,
  DistrictFeatureSchema,
  InfrastructureFeatureSchema,
  type LngLat,
  ParkFeatureSchema,
  type Sector,
  SectorSchema,
  SiteFeatureSchema,
} from '../../api/domain/index.ts'

/**
 * A geo fixture input: a GeoJSON FeatureCollection of sites, parks, infrastructure and
 * districts (told apart by their domain schemas; a Point with `properties.role: "query"`
 * only marks the query point for viewers), with foreign members `query` (the call's
 * parameters), `sectors`, `chains`, `equivalences` and `districts: "tianjin"` (use the 16
 * real districts of `geodata/districts.geojson` instead of district features).
 */
export interface GeoInput {
  query: Record<string, unknown>
  sectors: Sector[]
  chains: Chain[]
  equivalences: ChainEquivalence[]
  places: PlaceIndex
  access: AccessIndex
}

type Raw = {
  features: { properties?: { role?: string } }[]
  query?: object
  sectors?: unknown[]
  chains?: unknown[]
  equivalences?: unknown[]
  districts?: 'tianjin'
}

const TIANJIN_DISTRICTS = () =>
  DistrictCollectionSchema.parse(
    JSON.parse(readFileSync(new URL('../../geodata/districts.geojson', import.meta.url), 'utf8')),
  ).features

/** Parses and indexes a fixture input; throws naming any feature no schema accepts. */
export function decodeGeoInput(raw: Raw): GeoInput {
  const sites = []
  const parks = []
  const infrastructure = []
  const districts = []
  for (const [i, feature] of raw.features.entries()) {
    if (feature.properties?.role === 'query') continue
    const site = SiteFeatureSchema.safeParse(feature)
    const park = ParkFeatureSchema.safeParse(feature)
    const infra = InfrastructureFeatureSchema.safeParse(feature)
    const district = DistrictFeatureSchema.safeParse(feature)
    if (site.success) sites.push(site.data)
    else if (park.success) parks.push(park.data)
    else if (infra.success) infrastructure.push(infra.data)
    else if (district.success) districts.push(district.data)
    else throw new Error(`feature #${i} is no site, park, infrastructure or district`)
  }
  if (raw.districts === 'tianjin') districts.push(...TIANJIN_DISTRICTS())
  const places = buildPlaceIndex(sites, parks, districts)
  return {
    query: { ...raw.query },
    sectors: (raw.sectors ?? []).map((s) => SectorSchema.parse(s)),
    chains: (raw.chains ?? []).map((c) => ChainSchema.parse(c)),
    equivalences: (raw.equivalences ?? []).map((e) => ChainEquivalenceSchema.parse(e)),
    places,
    access: buildAccessIndex(places, infrastructure),
  }
}

/** `query.center` as `[lng, lat]`. */
export const centerOf = (input: GeoInput) => input.query.center as LngLat

/** The analysis subject: `query.park` (a park id) or `query.center` (a point). */
export function subjectOf(input: GeoInput): AnalysisSubject {
  const parkId = input.query.park
  if (typeof parkId !== 'string') return pointSubject(input.places, centerOf(input))
  const subject = parkSubject(input.places, parkId)
  if (!subject) throw new Error(`no park ${parkId} in the input`)
  return subject
}

/** The sector filter named by `query.sector`, or null. */
export function sectorOf(input: GeoInput): SectorFilter | null {
  const id = input.query.sector
  return typeof id === 'string' ? sectorFilter(input.sectors, id) : null
}
