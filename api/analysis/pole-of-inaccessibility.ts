import type { MultiPolygon, Polygon, Position } from 'geojson'
import polylabel from 'polylabel'
import type { LngLat } from '../domain/index.ts'
import { roundPosition } from '../domain/round-coordinates.ts'

/** polylabel's search precision in the scaled degrees it works in (≈ 10 m). */
const POLYLABEL_PRECISION_DEG = 1e-4

/**
 * The pole of inaccessibility of a (multi)polygon (`polylabel`): the inner point farthest from
 * every edge and hole, rounded to 6 decimals. For a MultiPolygon the part whose pole lies
 * deepest wins. Longitudes are scaled by cos(latitude) first, so "far" means far on the
 * ground, not in degrees.
 *
 * @example poleOfInaccessibility(nangangBlock) // [117.67, 38.71], well inside the block
 */
export function poleOfInaccessibility(geometry: Polygon | MultiPolygon): LngLat {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best: { point: LngLat; depth: number } | undefined
  for (const rings of polygons) {
    const found = poleOf(rings)
    if (!best || found.depth > best.depth) best = found
  }
  if (!best) throw new Error('poleOfInaccessibility: the geometry has no polygon')
  return roundPosition(best.point)
}

function poleOf(rings: Position[][]): { point: LngLat; depth: number } {
  const outer = rings[0] ?? []
  const meanLat = outer.reduce((sum, p) => sum + (p[1] ?? 0), 0) / Math.max(outer.length, 1)
  const scale = Math.cos((meanLat * Math.PI) / 180)
  const scaled = rings.map((ring) =>
    ring.map((p): [number, number] => [(p[0] ?? 0) * scale, p[1] ?? 0]),
  )
  const pole = polylabel(scaled, POLYLABEL_PRECISION_DEG)
  return { point: [pole[0] / scale, pole[1]], depth: pole.distance }
}
