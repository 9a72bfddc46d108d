import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import type { DistrictFeature, LngLat } from '../../domain/index.ts'

/** Cells per side of the grid (256² cells of ~600 m over Tianjin). */
const CELLS = 256
/** Cell value: no district edge crosses the cell and no district contains it. */
const NONE = -1
/** Cell value: an edge crosses the cell (or districts overlap there): test exactly. */
const MIXED = -2

/**
 * A raster shortcut for point-in-district: a grid over the districts' extent whose cells no
 * district border crosses are wholly inside one district (or none), decided once by testing the
 * cell's centre; a point in such a cell is answered by a lookup. Cells a border crosses (every
 * cell an edge's bounding box touches, so a point on a border always lands in one) answer
 * `undefined`: the caller tests exactly. Built in ~0.1 s, it makes a million lookups cheap.
 *
 * @example districtGrid(districts)([117.2, 39.13]) // 0 (index of 和平区), or undefined near a border
 */
export function districtGrid(
  districts: readonly DistrictFeature[],
): (position: LngLat) => number | null | undefined {
  const rings = districts.map((d) =>
    d.geometry.type === 'Polygon' ? d.geometry.coordinates : d.geometry.coordinates.flat(),
  )
  const boxes = rings.map((polygonRings) => {
    const box = [180, 90, -180, -90]
    for (const [lng, lat] of polygonRings.flat() as LngLat[]) {
      box[0] = Math.min(box[0] as number, lng)
      box[1] = Math.min(box[1] as number, lat)
      box[2] = Math.max(box[2] as number, lng)
      box[3] = Math.max(box[3] as number, lat)
    }
    return box as [number, number, number, number]
  })
  const w = Math.min(...boxes.map((b) => b[0]))
  const s = Math.min(...boxes.map((b) => b[1]))
  const e = Math.max(...boxes.map((b) => b[2]))
  const n = Math.max(...boxes.map((b) => b[3]))
  const cellW = (e - w) / CELLS || 1
  const cellH = (n - s) / CELLS || 1
  const col = (lng: number) => Math.min(CELLS - 1, Math.max(0, Math.floor((lng - w) / cellW)))
  const row = (lat: number) => Math.min(CELLS - 1, Math.max(0, Math.floor((lat - s) / cellH)))
  const cells = new Int16Array(CELLS * CELLS).fill(NONE)
  const crossed = new Uint8Array(CELLS * CELLS)
  for (const polygonRings of rings) {
    for (const ring of polygonRings) {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [x1, y1] = ring[i] as LngLat
        const [x2, y2] = ring[i + 1] as LngLat
        for (let r = row(Math.min(y1, y2)); r <= row(Math.max(y1, y2)); r += 1)
          for (let c = col(Math.min(x1, x2)); c <= col(Math.max(x1, x2)); c += 1)
            crossed[r * CELLS + c] = 1
      }
    }
  }
  for (let r = 0; r < CELLS; r += 1) {
    for (let c = 0; c < CELLS; c += 1) {
      const cell = r * CELLS + c
      if (crossed[cell]) {
        cells[cell] = MIXED
        continue
      }
      const centre: LngLat = [w + (c + 0.5) * cellW, s + (r + 0.5) * cellH]
      districts.forEach((d, i) => {
        const [bw, bs, be, bn] = boxes[i] as [number, number, number, number]
        const [x, y] = centre
        if (x < bw || x > be || y < bs || y > bn || !booleanPointInPolygon(centre, d)) return
        cells[cell] = cells[cell] === NONE ? i : MIXED
      })
    }
  }
  return ([lng, lat]) => {
    if (lng < w || lng > e || lat < s || lat > n) return null
    const value = cells[row(lat) * CELLS + col(lng)] as number
    return value === MIXED ? undefined : value === NONE ? null : value
  }
}
