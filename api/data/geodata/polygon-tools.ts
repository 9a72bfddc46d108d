import type { LngLat } from '../../domain/geometry.ts'
import { roundPosition } from '../../domain/round-coordinates.ts'
import { signedRingArea } from '../checks/geo-features.ts'

type Ring = LngLat[]
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] }

/**
 * Rounds every position to 6 decimals and drops repeated consecutive positions the rounding
 * creates; orients outer rings counter-clockwise and holes clockwise (RFC 7946), as
 * `check:data`'s geometry-valid rule wants.
 */
export function normalisePolygonRings(rings: Ring[]): Ring[] {
  return rings.map((ring, index) => {
    const rounded: Ring = []
    for (const position of ring) {
      const p = roundPosition(position)
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
