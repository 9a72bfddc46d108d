import { z } from '@hono/zod-openapi'
import { filteredSiteTiles } from '../index-data/filtered-site-tiles.ts'
import { SITE_TILE_MAX_ZOOM, siteTiles } from '../index-data/site-tiles.ts'
import type { ApiContext } from './api-context.ts'
import { badParameter } from './api-http-error.ts'
import { createRouter } from './create-router.ts'
import { ERROR_RESPONSES } from './define-route.ts'
import { TILE_QUERY, tileFilter } from './tile-filters.ts'

const MVT = 'application/vnd.mapbox-vector-tile'

const tileParam = (name: string, description: string) =>
  z
    .string()
    .openapi({ param: { name, in: 'path' }, description, example: name === 'z' ? '8' : '210' })

/** A tile coordinate from its path segment: a whole number from 0 to `max`, else a 400. */
function tileCoordinate(name: string, text: string, max: number): number {
  const value = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN
  if (Number.isInteger(value) && value <= max) return value
  const message = `${name} must be a whole number from 0 to ${max}, got ${JSON.stringify(text.slice(0, 40))}`
  throw badParameter(name, text, `0–${max}`, message)
}

/**
 * `/sites/{z}/{x}/{y}.mvt`, mounted at `/api/tiles`: Mapbox Vector Tiles of the located sites
 * (layer `sites`; clusters with `point_count` up to zoom 12, then one point per site with `id`,
 * names, sector and colour); with status/plan/district filters, of the matching sites only
 * (`filteredSiteTiles`). Served like every GET: cached per data version and query with an
 * ETag and 304. Registered by hand in the OpenAPI document because its last segment,
 * `{y}.mvt`, is not a plain parameter (Hono routes it with a pattern).
 */
export function createTilesRoutes(ctx: ApiContext) {
  const tiles = siteTiles(ctx.ds.sites, ctx.ds.sectors)
  const filtered = filteredSiteTiles(ctx.ds.sites, ctx.ds.sectors)
  const router = createRouter()
  router.openAPIRegistry.registerPath({
    method: 'get',
    path: '/sites/{z}/{x}/{y}.mvt',
    summary: 'Vector tile of the located sites (clustered up to zoom 12)',
    description: `Mapbox Vector Tile (v2, extent 8192), layer \`sites\`. Zoom 0–${SITE_TILE_MAX_ZOOM}; x and y 0 to 2^z − 1. Clusters carry \`point_count\` and, per primary sector, \`sites:<sector>\` (non-zero counts only); sites carry \`id\`, names, \`sector\` (primary), \`color\` and \`precision\`. Sites known only to their district are not in the tiles (the map counts them per district). With \`status\`, \`plan\` or \`district\` the tiles hold only the sites passing those filters, clustered anew (an index per filter, built on its first tile, a few kept); without them, every located site.`,
    request: {
      query: TILE_QUERY,
      params: z.object({
        z: tileParam('z', `Zoom, 0–${SITE_TILE_MAX_ZOOM}`),
        x: tileParam('x', 'Column, 0 to 2^z − 1'),
        y: tileParam('y', 'Row, 0 to 2^z − 1'),
      }),
    },
    responses: {
      200: {
        description: 'The tile (may hold no features)',
        content: { [MVT]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...ERROR_RESPONSES,
    },
  })
  return router.get('/sites/:z/:x/:y{[^/]+\\.mvt}', (c) => {
    const filter = tileFilter(c, ctx)
    const z = tileCoordinate('z', c.req.param('z'), SITE_TILE_MAX_ZOOM)
    const max = 2 ** z - 1
    const x = tileCoordinate('x', c.req.param('x'), max)
    const y = tileCoordinate('y', c.req.param('y').slice(0, -'.mvt'.length), max)
    const source = filter ? filtered.tiles(filter.key, filter.matches) : tiles
    return c.body(source.tile(z, x, y), 200, { 'content-type': MVT })
  })
}
