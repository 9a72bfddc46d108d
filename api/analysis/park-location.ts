import type { MultiPolygon, Point, Polygon } from 'geojson'
import type { LocationPrecision, ParkFeature } from '../domain/index.ts'
// Not through domain/index.ts: that would load every zod schema into the browser bundle.
import { DRAWN_EXTENTS, type ParkExtent } from '../domain/park-extent.ts'

/** Where a located park is: its own drawn geometry, or its parent's for an `in-parent` park. */
export interface ParkLocation {
  /** The park whose geometry this is (the park itself, or its parent). */
  drawnBy: string
  geometry: Polygon | MultiPolygon | Point
  extent: Extract<ParkExtent, 'outline' | 'partial-outline' | 'point'>
  precision: Exclude<LocationPrecision, 'district'>
  /** Uncertainty ring of a point park, km. */
  uncertaintyKm: number | null
}

/** What `parkLocation` needs to find a park's parent. */
export type ParkLookup = (id: string) => ParkFeature | undefined

/**
 * Where a park is, if it is located: a park drawn from its own geometry (`outline`,
 * `partial-outline`, `point`) whose precision is better than `district`, or an `in-parent`
 * park whose parent is located. `null` for everything else — an unknown extent, a zone of
 * `parts` (located only through its parts), an outline that is a whole district — which
 * analyses report as "in its district, distance unknown".
 *
 * @example parkLocation(teda East Area, lookup) // { geometry: Point, precision: 'approximate', uncertaintyKm: 5, … }
 * @example parkLocation(china hydrogen valley, lookup) // null
 */
export function parkLocation(park: ParkFeature, lookup: ParkLookup): ParkLocation | null {
  const p = park.properties
  if (p.extent === 'in-parent') {
    const parent = p.parent_park_id ? lookup(p.parent_park_id) : undefined
    return parent && parent.properties.extent !== 'in-parent' ? parkLocation(parent, lookup) : null
  }
  const precision = p.location_precision
  if (!DRAWN_EXTENTS.includes(p.extent) || precision === 'district' || !park.geometry) return null
  return {
    drawnBy: p.id,
    geometry: park.geometry,
    extent: p.extent as ParkLocation['extent'],
    precision,
    uncertaintyKm: park.geometry.type === 'Point' ? (p.uncertainty_km ?? null) : null,
  }
}

/**
 * A lookup of parks by id, for `parkLocation`.
 *
 * @example const lookup = parkLookup(dataset.parks)
 */
export function parkLookup(parks: readonly ParkFeature[]): ParkLookup {
  const byId = new Map(parks.map((p) => [p.properties.id, p]))
  return (id) => byId.get(id)
}

/**
 * The ids a park stands for as a subject: itself and its parts (parks whose
 * `parent_park_id` is it). A site belongs to the park when its `park_id` is one of them.
 *
 * @example parkFamily(teda, parks) // Set { 'teda', 'teda-east-area', 'teda-west-area', … }
 */
export function parkFamily(parkId: string, parks: readonly ParkFeature[]): ReadonlySet<string> {
  const family = new Set([parkId])
  for (const p of parks) if (p.properties.parent_park_id === parkId) family.add(p.properties.id)
  return family
}
