import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { syntheticSites } from '../../api/data/synthetic/synthetic-sites.ts'
import type { SiteFeature } from '../../api/domain/index.ts'
import { SITE_TILE_CLUSTER_MAX_ZOOM } from '../../api/index-data/site-tiles.ts'
import {
  type Box,
  CLUSTER_RADIUS_TILE_PX,
  grownBox,
  occupiedTiles,
  ownFeatures,
  tileBounds,
} from '../support/site-tile-reading.ts'

type Props = SiteFeature['properties']
type Filter = { query: string; matches: (p: Props) => boolean }

let app: ReturnType<typeof createApp>
let located: SiteFeature[] = []
const filters: Filter[] = []

/** The value of `pick` shared by most of `sites` (ties: the first seen). */
function mostCommon(sites: readonly SiteFeature[], pick: (p: Props) => readonly string[]): string {
  const counts = new Map<string, number>()
  for (const s of sites) for (const v of pick(s.properties)) counts.set(v, (counts.get(v) ?? 0) + 1)
  const [top] = [...counts].sort((a, b) => b[1] - a[1])
  if (!top) throw new Error('no value to filter by')
  return top[0]
}

beforeAll(async () => {
  const ds = await loadDataset(process.cwd())
  const sites = [...ds.sites, ...syntheticSites(ds, 20_000, 7)]
  app = createApp({ ...ds, sites }, { version: '0.0.0-test', loadedAt: new Date(0), webDir: null })
  located = sites.filter((s) => s.properties.location_precision !== 'district')
  const district = mostCommon(located, (p) => [p.district_code])
  const plan = mostCommon(located, (p) => p.plans)
  // written here from the properties, not with the API's own filter code
  filters.push(
    { query: 'status=planned', matches: (p) => p.status === 'planned' },
    { query: `district=${district}`, matches: (p) => p.district_code === district },
    {
      query: `district=${district}&status=operating`,
      matches: (p) => p.district_code === district && p.status === 'operating',
    },
    { query: `plan=${plan}`, matches: (p) => p.plans.some((id) => id === plan) },
  )
}, 120_000)

async function tileOf(z: number, x: number, y: number, query: string) {
  const res = await app.request(`/api/tiles/sites/${z}/${x}/${y}.mvt?${query}`)
  expect(res.status).toBe(200)
  return ownFeatures(new Uint8Array(await res.arrayBuffer()))
}

/** A scan of the matching sites in `box`. */
function scan(matching: readonly SiteFeature[], [w, s, e, n]: Box): string[] {
  return matching
    .filter(
      ({
        geometry: {
          coordinates: [lng, lat],
        },
      }) => lng >= w && lng <= e && lat >= s && lat <= n,
    )
    .map((site) => site.properties.id)
}

describe('site tiles filtered by status, plan and district', () => {
  it('the filters match sites, and fewer than all', () => {
    for (const { query, matches } of filters) {
      const n = located.filter((s) => matches(s.properties)).length
      expect(n, query).toBeGreaterThan(0)
      expect(n, query).toBeLessThan(located.length)
    }
  })

  it('hold exactly the matching sites of a tile where sites stand alone', async () => {
    const z = SITE_TILE_CLUSTER_MAX_ZOOM + 1
    for (const { query, matches } of filters) {
      const matching = located.filter((s) => matches(s.properties))
      const coordinates = matching.map((s) => s.geometry.coordinates)
      for (const [x, y] of occupiedTiles(z, coordinates).slice(0, 6)) {
        const ids = (await tileOf(z, x, y, query)).map((f) => f.id ?? 'cluster')
        // what a scan of the tile's area finds (±1 px of rounding at the edge)
        const inner = scan(matching, grownBox(tileBounds(z, x, y), -1))
        const outer = new Set(scan(matching, grownBox(tileBounds(z, x, y), 1)))
        expect(ids.length, `${query} ${z}/${x}/${y}`).toBeGreaterThan(0)
        expect(ids).toEqual(expect.arrayContaining(inner))
        for (const id of ids) expect(outer.has(id), `${query} ${z}/${x}/${y} ${id}`).toBe(true)
      }
    }
  })

  it.each([5, 8, 11])(
    'count at zoom %i, clusters included, every matching site once',
    async (z) => {
      for (const { query, matches } of filters) {
        const matching = located.filter((s) => matches(s.properties))
        let total = 0
        for (const [x, y] of occupiedTiles(
          z,
          matching.map((s) => s.geometry.coordinates),
        )) {
          const counted = (await tileOf(z, x, y, query)).reduce((sum, f) => sum + f.count, 0)
          // a cluster stands at its members' centre: members within its radius of an edge may
          // count in the neighbouring tile, so the area is shrunk and grown by the radius
          const bounds = tileBounds(z, x, y)
          const where = `${query} ${z}/${x}/${y}`
          expect(counted, where).toBeGreaterThanOrEqual(
            scan(matching, grownBox(bounds, -CLUSTER_RADIUS_TILE_PX)).length,
          )
          expect(counted, where).toBeLessThanOrEqual(
            scan(matching, grownBox(bounds, CLUSTER_RADIUS_TILE_PX)).length,
          )
          total += counted
        }
        expect(total, query).toBe(matching.length)
      }
    },
  )
})
