import { districtPoint } from '../../analysis/district-point.ts'
import type { LngLat, ParkFeature } from '../../domain/index.ts'
import { geometryAreaKm2 } from '../checks/derived-fields.ts'
import { type AreaGeometry, circlePolygon, normaliseGeometry } from './polygon-tools.ts'

/**
 * How a park's polygon is drawn: a `circle` of `radiusKm` around a `[lng, lat]` centre or
 * around its district's representative point; the whole `district` polygon (a zone defined as
 * the district); or one block of `geodata/binhai-reclamation-additions.geojson` (by index).
 */
export type ParkOutline =
  | { kind: 'circle'; centre: LngLat | 'district-point'; radiusKm: number }
  | { kind: 'district' }
  | { kind: 'reclamation'; index: number }

/** The polygons an outline may be copied from. */
export interface OutlineSources {
  districts: readonly { properties: { code: string }; geometry: AreaGeometry }[]
  /** Geometries of `geodata/binhai-reclamation-additions.geojson`, in file order. */
  reclamation: readonly AreaGeometry[]
}

/** The park's geometry and the properties derived from it. */
export interface DrawnOutline {
  geometry: AreaGeometry
  geometry_derivation: 'boundary' | 'radius'
  radius_km?: number
  /** Geodesic area, km², 3 decimals. */
  area_km2: number
}

/**
 * Draws an outline for a park in district `districtCode` (6-decimal coordinates, RFC 7946
 * winding). Throws naming what is missing.
 * @example drawOutline({ kind: 'circle', centre: [117.719, 39.030519], radiusKm: 3 }, '120116', sources).area_km2 // 28.229
 */
export function drawOutline(
  outline: ParkOutline,
  districtCode: string,
  sources: OutlineSources,
): DrawnOutline {
  const district = sources.districts.find((d) => d.properties.code === districtCode)
  if (!district) throw new Error(`no district ${districtCode} in geodata/districts.geojson`)
  const drawn = (geometry: AreaGeometry, radiusKm?: number): DrawnOutline => ({
    geometry,
    geometry_derivation: radiusKm === undefined ? 'boundary' : 'radius',
    ...(radiusKm === undefined ? {} : { radius_km: radiusKm }),
    area_km2: Math.round(geometryAreaKm2(geometry) * 1000) / 1000,
  })
  if (outline.kind === 'circle') {
    const centre = outline.centre === 'district-point' ? districtPoint(district) : outline.centre
    return drawn(circlePolygon(centre, outline.radiusKm), outline.radiusKm)
  }
  if (outline.kind === 'district') return drawn(normaliseGeometry(district.geometry))
  const block = sources.reclamation[outline.index]
  if (!block) throw new Error(`no block ${outline.index} in binhai-reclamation-additions.geojson`)
  return drawn(normaliseGeometry(block))
}

const DERIVED = ['area_km2', 'geometry_derivation', 'radius_km'] as const

/**
 * The park with `drawn` as its geometry and derived properties, every other property kept in
 * its place (the derived ones where they were, else before the descriptions).
 */
export function withOutline(park: ParkFeature, drawn: DrawnOutline): ParkFeature {
  const entries = Object.entries(park.properties)
  const at = entries.findIndex(([key]) =>
    (DERIVED as readonly string[]).concat('description_zh', 'description_en').includes(key),
  )
  const kept = entries.filter(([key]) => !(DERIVED as readonly string[]).includes(key))
  const insertAt = at === -1 ? kept.length : at
  const derived = DERIVED.flatMap((key) => (drawn[key] === undefined ? [] : [[key, drawn[key]]]))
  const properties = Object.fromEntries([
    ...kept.slice(0, insertAt),
    ...derived,
    ...kept.slice(insertAt),
  ]) as ParkFeature['properties']
  return { ...park, properties, geometry: drawn.geometry }
}
