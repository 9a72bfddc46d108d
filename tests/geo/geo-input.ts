import { type AccessIndex, buildAccessIndex } from '../../api/analysis/access-index.ts'
import { buildPlaceIndex, type PlaceIndex } from '../../api/analysis/place-index.ts'
import { type SectorFilter, sectorFilter } from '../../api/analysis/sector-filter.ts'
import {
  type Chain,
  ChainSchema,
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
 * parameters), `sectors` and `chains`.
 */
export interface GeoInput {
  query: Record<string, unknown>
  sectors: Sector[]
  chains: Chain[]
  places: PlaceIndex
  access: AccessIndex
}

type Raw = {
  features: { properties?: { role?: string } }[]
  query?: object
  sectors?: unknown[]
  chains?: unknown[]
}

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
  const places = buildPlaceIndex(sites, parks)
  return {
    query: { ...raw.query },
    sectors: (raw.sectors ?? []).map((s) => SectorSchema.parse(s)),
    chains: (raw.chains ?? []).map((c) => ChainSchema.parse(c)),
    places,
    access: buildAccessIndex(places, infrastructure, districts, parks),
  }
}

/** `query.center` as `[lng, lat]`. */
export const centerOf = (input: GeoInput) => input.query.center as LngLat

/** The sector filter named by `query.sector`, or null. */
export function sectorOf(input: GeoInput): SectorFilter | null {
  const id = input.query.sector
  return typeof id === 'string' ? sectorFilter(input.sectors, id) : null
}
