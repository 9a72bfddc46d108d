import KDBush from 'kdbush'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { syntheticSites } from '../../api/data/synthetic/synthetic-sites.ts'
import type { SiteFeature } from '../../api/domain/index.ts'
import { primarySector } from '../../api/domain/primary-sector.ts'
import { SITE_TILE_CLUSTER_MAX_ZOOM, siteTiles } from '../../api/index-data/site-tiles.ts'
import {
  type Box,
  CLUSTER_RADIUS_TILE_PX,
  grownBox,
  ownFeatures,
  tileBounds,
  occupiedTiles as tilesHolding,
} from '../support/site-tile-reading.ts'

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
const occupiedTiles = (z: number) =>
  tilesHolding(
    z,
    located.map((s) => s.geometry.coordinates),
  )

/** Sites the index finds in a box grown (positive) or shrunk (negative) by `px` tile pixels. */
const inBox = (box: Box, px: number): number[] => index.range(...grownBox(box, px))

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
    const radiusPx = CLUSTER_RADIUS_TILE_PX
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
    const radiusPx = CLUSTER_RADIUS_TILE_PX
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
