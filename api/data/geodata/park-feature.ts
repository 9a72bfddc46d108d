import area from '@turf/area'
import { type ParkFeature, ParkFeatureSchema } from '../../domain/park.ts'
import {
  containmentProblem,
  type DistrictShape,
  districtByCode,
  districtRepresentativePoint,
} from './district-index.ts'
import { type ParkRow, ParkRowSchema } from './park-row.ts'
import { type AreaGeometry, circlePolygon, normaliseGeometry } from './polygon-tools.ts'

/** Inputs a park polygon may be copied from. */
export interface PlacementSources {
  districts: DistrictShape[]
  /** Features of `geodata/binhai-reclamation-additions.geojson`, in file order. */
  reclamationAdditions: AreaGeometry[]
}

interface Drawn {
  geometry: AreaGeometry
  derivation: 'boundary' | 'radius'
  radiusKm?: number
}

function draw(row: ParkRow, sources: PlacementSources): Drawn {
  const district = districtByCode(sources.districts, row.district_code)
  const placement = row.placement
  if (placement.kind === 'circle') {
    const centre =
      placement.centre === 'district-point'
        ? districtRepresentativePoint(district)
        : placement.centre
    const geometry = circlePolygon(centre, placement.radius_km)
    return { geometry, derivation: 'radius', radiusKm: placement.radius_km }
  }
  if (placement.kind === 'district-boundary') {
    return { geometry: normaliseGeometry(district.geometry), derivation: 'boundary' }
  }
  const block = sources.reclamationAdditions[placement.feature_index]
  if (!block) throw new Error(`${row.id}: no reclamation feature ${placement.feature_index}`)
  return { geometry: normaliseGeometry(block), derivation: 'boundary' }
}

/** Geodesic area of a geometry in km², 3 decimals (turf `area` / 1e6). */
export function areaKm2(geometry: AreaGeometry): number {
  return Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e3) / 1e3
}

/**
 * Turns one park-table row into a validated park feature. Throws (naming the park) when the
 * row is invalid or the drawn polygon is not inside the district the row claims.
 */
export function parkFeature(input: ParkRow, sources: PlacementSources): ParkFeature {
  const parsed = ParkRowSchema.safeParse(input)
  if (!parsed.success) throw new Error(`${input.id}: ${parsed.error.message}`)
  const { placement: _placement, ...properties } = parsed.data
  const drawn = draw(parsed.data, sources)
  const district = districtByCode(sources.districts, properties.district_code)
  const problem = containmentProblem(district, drawn.geometry, drawn.derivation === 'boundary')
  if (problem) throw new Error(`${input.id}: polygon not inside its district: ${problem}`)
  const {
    id,
    name_zh,
    name_en,
    kind,
    level,
    district_code,
    description_zh,
    description_en,
    ...rest
  } = properties
  const feature = {
    type: 'Feature' as const,
    id,
    properties: {
      ...{ id, name_zh, name_en, kind, level, district_code },
      ...rest,
      area_km2: areaKm2(drawn.geometry),
      geometry_derivation: drawn.derivation,
      ...(drawn.radiusKm === undefined ? {} : { radius_km: drawn.radiusKm }),
      description_zh,
      description_en,
    },
    geometry: drawn.geometry,
  }
  const checked = ParkFeatureSchema.safeParse(feature)
  if (!checked.success) throw new Error(`${input.id}: ${checked.error.message}`)
  return feature as ParkFeature
}
