import circle from '@turf/circle'
import type { LngLat } from '../../domain/geometry.ts'

type Ring = LngLat[]
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] }

/** Coordinate decimals kept in geodata files (~0.1 m). */
export const COORD_DECIMALS = 6

/** Rounds a number to `COORD_DECIMALS` decimals. */
export function roundCoord(value: number): number {
  const factor = 10 ** COORD_DECIMALS
  return Math.round(value * factor) / factor
}

/** Twice the signed planar area of a ring; positive when counter-clockwise. */
export function signedRingArea(ring: Ring): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as LngLat
    const [x2, y2] = ring[i + 1] as LngLat
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

/**
 * Rounds every position and drops repeated consecutive positions the rounding creates;
 * orients outer rings counter-clockwise and holes clockwise (RFC 7946).
 */
export function normalisePolygonRings(rings: Ring[]): Ring[] {
  return rings.map((ring, index) => {
    const rounded: Ring = []
    for (const [lng, lat] of ring) {
      const p: LngLat = [roundCoord(lng), roundCoord(lat)]
      const last = rounded[rounded.length - 1]
      if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p)
    }
    const ccw = signedRingArea(rounded) > 0
    const wantCcw = index === 0
    return ccw === wantCcw ? rounded : rounded.reverse()
  })
}

/** `normalisePolygonRings` applied to every polygon of a geometry. */
export function normaliseGeometry(geometry: AreaGeometry): AreaGeometry {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: normalisePolygonRings(geometry.coordinates) }
  }
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(normalisePolygonRings) }
}

/** Steps (vertices) of the drawn circles. */
export const CIRCLE_STEPS = 64

/**
 * A geodesic circle of `radiusKm` around `centre`, as a normalised Polygon.
 *
 * @example circlePolygon([117.719, 39.0305], 3) // 64-gon, ~28.3 km²
 */
export function circlePolygon(centre: LngLat, radiusKm: number): AreaGeometry {
  const drawn = circle(centre, radiusKm, { units: 'kilometers', steps: CIRCLE_STEPS })
  return normaliseGeometry({ type: 'Polygon', coordinates: drawn.geometry.coordinates as Ring[] })
}

/** All positions of a geometry's rings (closing positions included). */
export function geometryPositions(geometry: AreaGeometry): LngLat[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons.flat(2)
}
