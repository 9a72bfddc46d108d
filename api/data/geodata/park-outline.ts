import type { LngLat, ParkExtent, ParkFeature } from '../../domain/index.ts'
import { outlineAreaKm2 } from '../checks/derived-fields.ts'
import { type AreaGeometry, normaliseGeometry } from './polygon-tools.ts'

/**
 * What is known of a park's extent and so how it is drawn: the whole `district` polygon (a
 * zone defined as the district); one block of `geodata/binhai-reclamation-additions.geojson`
 * (by index), as the whole park or `partial`ly; a `point` with its uncertainty ring; or
 * `none` (extent unknown: no geometry).
 */
export type ParkOutline =
  | { kind: 'district' }
  | { kind: 'reclamation'; index: number; partial: boolean }
  | { kind: 'point'; position: LngLat; uncertaintyKm: number }
  | { kind: 'none' }

/** The polygons an outline may be copied from. */
export interface OutlineSources {
  districts: readonly { properties: { code: string }; geometry: AreaGeometry }[]
  /** Geometries of `geodata/binhai-reclamation-additions.geojson`, in file order. */
  reclamation: readonly AreaGeometry[]
}

/** The park's geometry and the properties derived from it. */
export interface DrawnOutline {
  geometry: AreaGeometry | { type: 'Point'; coordinates: LngLat } | null
  extent: ParkExtent
  /** Geodesic area, km², 3 decimals: only for the outline of a whole park. */
  area_km2?: number
  uncertainty_km?: number
}

/**
 * Draws what is known of a park in district `districtCode` (6-decimal coordinates, RFC 7946
 * winding). Throws naming what is missing.
 * @example drawOutline({ kind: 'district' }, '120114', sources).area_km2 // 1591.993
 */
export function drawOutline(
  outline: ParkOutline,
  districtCode: string,
  sources: OutlineSources,
): DrawnOutline {
  if (outline.kind === 'none') return { geometry: null, extent: 'unknown' }
  if (outline.kind === 'point') {
    const geometry = { type: 'Point' as const, coordinates: outline.position }
    return { geometry, extent: 'point', uncertainty_km: outline.uncertaintyKm }
  }
  const whole = (geometry: AreaGeometry): DrawnOutline => ({
    geometry,
    extent: 'outline',
    area_km2: outlineAreaKm2(geometry),
  })
  if (outline.kind === 'district') {
    const district = sources.districts.find((d) => d.properties.code === districtCode)
    if (!district) throw new Error(`no district ${districtCode} in geodata/districts.geojson`)
    return whole(normaliseGeometry(district.geometry))
  }
  const block = sources.reclamation[outline.index]
  if (!block) throw new Error(`no block ${outline.index} in binhai-reclamation-additions.geojson`)
  const geometry = normaliseGeometry(block)
  return outline.partial ? { geometry, extent: 'partial-outline' } : whole(geometry)
}

const DERIVED = ['extent', 'area_km2', 'uncertainty_km'] as const

/**
 * The park with `drawn` as its geometry and derived properties, every other property kept in
 * its place (the derived ones where `extent` was, else before the descriptions).
 */
export function withOutline(park: ParkFeature, drawn: DrawnOutline): ParkFeature {
  const entries = Object.entries(park.properties)
  const at = entries.findIndex(([key]) =>
    (DERIVED as readonly string[]).concat('description_zh', 'description_en').includes(key),
  )
  const kept = entries.filter(([key]) => !(DERIVED as readonly string[]).includes(key))
  const before = entries
    .slice(0, Math.max(at, 0))
    .filter(([key]) => !(DERIVED as readonly string[]).includes(key)).length
  const insertAt = at === -1 ? kept.length : before
  const derived = DERIVED.flatMap((key) => (drawn[key] === undefined ? [] : [[key, drawn[key]]]))
  const properties = Object.fromEntries([
    ...kept.slice(0, insertAt),
    ...derived,
    ...kept.slice(insertAt),
  ]) as ParkFeature['properties']
  return { ...park, properties, geometry: drawn.geometry }
}
