import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { SECTOR_COUNT_PREFIX } from '../../api/domain/site-tile-sector-count.ts'
import { SITE_TILE_EXTENT, SITE_TILE_LAYER } from '../../api/index-data/site-tiles.ts'

export type Box = [number, number, number, number]

/** Longitude/latitude bounds of tile z/x/y (web mercator), [west, south, east, north]. */
export function tileBounds(z: number, x: number, y: number): Box {
  const n = 2 ** z
  const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)]
}

/** Tile column/row holding a point at zoom z. */
export function tileOf(z: number, [lng, lat]: [number, number]): [number, number] {
  const n = 2 ** z
  const sin = Math.sin((lat * Math.PI) / 180)
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n
  return [Math.floor(((lng + 180) / 360) * n), Math.floor(y)]
}

/** The features of a tile that lie in its own area (tiles carry a buffer of their neighbours'). */
export function ownFeatures(bytes: Uint8Array) {
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

/** Every tile at zoom z that holds one of `points`. */
export function occupiedTiles(z: number, points: readonly [number, number][]): [number, number][] {
  const keys = new Set(points.map((point) => tileOf(z, point).join('/')))
  return [...keys].map((key) => key.split('/').map(Number) as [number, number])
}

/** `box` grown (positive) or shrunk (negative) by `px` tile pixels. */
export function grownBox([w, s, e, n]: Box, px: number): Box {
  const dx = ((e - w) * px) / SITE_TILE_EXTENT
  const dy = ((n - s) * px) / SITE_TILE_EXTENT
  return [w - dx, s - dy, e + dx, n + dy]
}

/** Cluster radius in tile pixels (the server's: 36 px of a 512 px tile). */
export const CLUSTER_RADIUS_TILE_PX = 36 * (SITE_TILE_EXTENT / 512)
