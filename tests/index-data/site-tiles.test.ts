import { VectorTile } from '@mapbox/vector-tile'
import KDBush from 'kdbush'
import { PbfReader } from 'pbf'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { syntheticSites } from '../../api/data/synthetic/synthetic-sites.ts'
import type { SiteFeature } from '../../api/domain/index.ts'
import { primarySector } from '../../api/domain/primary-sector.ts'
import { SECTOR_COUNT_PREFIX } from '../../api/domain/site-tile-sector-count.ts'
import {
  SITE_TILE_CLUSTER_MAX_ZOOM,
  SITE_TILE_EXTENT,
  SITE_TILE_LAYER,
  siteTiles,
} from '../../api/index-data/site-tiles.ts'

type Box = [number, number, number, number]

/** Longitude/latitude bounds of tile z/x/y (web mercator), [west, south, east, north]. */
function tileBounds(z: number, x: number, y: number): Box {
  const n = 2 ** z
  const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)]
}

/** Tile column/row holding a point at zoom z. */
function tileOf(z: number, [lng, lat]: [number, number]): [number, number] {
  const n = 2 ** z
  const sin = Math.sin((lat * Math.PI) / 180)
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n
  return [Math.floor(((lng + 180) / 360) * n), Math.floor(y)]
}

/** The features of a tile that lie in its own area (tiles carry a buffer of their neighbours'). */
function ownFeatures(bytes: Uint8Array) {
  const layer = new VectorTile(new PbfReader(bytes)).layers[SITE_TILE_LAYER]
  const own: { id: string | undefined; count: number; bySector: Map<string, number> }[] = []
  for (let i = 0; i < (layer?.length ?? 0); i++) {
    const feature = layer?.feature(i)
    const [point] = feature?.loadGeometry()[0] ?? []
    if (!feature || !point) continue
    if (point.x < 0 || point.y < 0 || point.x >= SITE_TILE_EXTENT || point.y >= SITE_TILE_EXTENT)
      continue
    const count = Number(feature.properties.point_count ?? 1)
    const bySector = new Map<string, number>()
    for (const [key, value] of Object.entries(feature.properties)) {
      if (key.startsWith(SECTOR_COUNT_PREFIX))
        bySector.set(key.slice(SECTOR_COUNT_PREFIX.length), Number(value))
    }
    if (!feature.properties.cluster) bySector.set(String(feature.properties.sector), 1)
    own.push({
      id: feature.properties.cluster ? undefined : String(feature.properties.id),
      count,
      bySector,
    })
  }
  return own
}

let located: SiteFeature[] = []
let index: KDBush
let tiles: ReturnType<typeof siteTiles>

beforeAll(async () => {
  const ds = await loadDataset(process.cwd())
  const synthetic = [...syntheticSites(ds, 20_000, 7)]
  const sites = [...ds.sites, ...synthetic]
  tiles = siteTiles(sites, ds.sectors)
  located = sites.filter((s) => s.properties.location_precision !== 'district')
  index = new KDBush(located.length)
  for (const s of located) index.add(...s.geometry.coordinates)
  index.finish()
})

/** Every tile at zoom z that holds a located site. */
function occupiedTiles(z: number): [number, number][] {
  const keys = new Set(located.map((s) => tileOf(z, s.geometry.coordinates).join('/')))
  return [...keys].map((key) => key.split('/').map(Number) as [number, number])
}

/** Sites the index finds in a box grown (positive) or shrunk (negative) by `px` tile pixels. */
function inBox([w, s, e, n]: Box, px: number): number[] {
  const dx = ((e - w) * px) / SITE_TILE_EXTENT
  const dy = ((n - s) * px) / SITE_TILE_EXTENT
  return index.range(w - dx, s - dy, e + dx, n + dy)
}

describe('site vector tiles', () => {
  it('hold every located site once across the tiles of a zoom where sites stand alone', () => {
    const z = SITE_TILE_CLUSTER_MAX_ZOOM + 1
    const seen: string[] = []
    for (const [x, y] of occupiedTiles(z)) {
      const own = ownFeatures(tiles.tile(z, x, y))
      const ids = own.map((f) => f.id ?? 'cluster')
      // the tile holds what an index query of its area finds (±1 px of rounding at the edge)
      const inner = inBox(tileBounds(z, x, y), -1).map((i) => located[i]?.properties.id)
      const outer = new Set(inBox(tileBounds(z, x, y), 1).map((i) => located[i]?.properties.id))
      expect(ids).toEqual(expect.arrayContaining(inner))
      for (const id of ids) expect(outer.has(id), `${z}/${x}/${y} ${id}`).toBe(true)
      seen.push(...ids)
    }
    expect(seen.length).toBe(located.length)
    expect(new Set(seen).size).toBe(located.length)
  })

  it.each([5, 8, 11])('count at zoom %i, clusters included, every located site once', (z) => {
    let total = 0
    // a cluster stands at its members' centre, so members within its radius of an edge may be
    // counted in the neighbouring tile: the count is bounded by the index's counts of the area
    // shrunk and grown by the radius
    const radiusPx = 36 * (SITE_TILE_EXTENT / 512)
    for (const [x, y] of occupiedTiles(z)) {
      const counted = ownFeatures(tiles.tile(z, x, y)).reduce((sum, f) => sum + f.count, 0)
      const bounds = tileBounds(z, x, y)
      expect(counted).toBeGreaterThanOrEqual(inBox(bounds, -radiusPx).length)
      expect(counted).toBeLessThanOrEqual(inBox(bounds, radiusPx).length)
      total += counted
    }
    expect(total).toBe(located.length)
  })

  it.each([5, 8, 11])('count each primary sector at zoom %i as the index does', (z) => {
    const radiusPx = 36 * (SITE_TILE_EXTENT / 512)
    const sectorOf = (i: number) => (located[i] ? primarySector(located[i].properties) : undefined)
    const tally = (indexes: number[]) => {
      const counts = new Map<string, number>()
      for (const i of indexes) {
        const sector = sectorOf(i)
        if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1)
      }
      return counts
    }
    const totals = new Map<string, number>()
    for (const [x, y] of occupiedTiles(z)) {
      const counted = new Map<string, number>()
      for (const f of ownFeatures(tiles.tile(z, x, y))) {
        // a cluster's sector counts add up to its size
        expect([...f.bySector.values()].reduce((a, b) => a + b, 0)).toBe(f.count)
        for (const [sector, n] of f.bySector) counted.set(sector, (counted.get(sector) ?? 0) + n)
      }
      const bounds = tileBounds(z, x, y)
      const inner = tally(inBox(bounds, -radiusPx))
      const outer = tally(inBox(bounds, radiusPx))
      for (const sector of new Set([...counted.keys(), ...outer.keys()])) {
        const n = counted.get(sector) ?? 0
        expect(n, `${z}/${x}/${y} ${sector}`).toBeGreaterThanOrEqual(inner.get(sector) ?? 0)
        expect(n, `${z}/${x}/${y} ${sector}`).toBeLessThanOrEqual(outer.get(sector) ?? 0)
        totals.set(sector, (totals.get(sector) ?? 0) + n)
      }
    }
    expect(totals).toEqual(tally(located.map((_, i) => i)))
    expect(totals.size).toBeGreaterThan(5)
  })

  it('leave district-level sites out (they are counted per district, not drawn)', () => {
    expect(tiles.count).toBe(located.length)
    expect(located.length).toBeLessThan(20_000)
  })
})
