import { fromGeojsonVt } from '@maplibre/vt-pbf'
import Supercluster from 'supercluster'
import type { Sector, SiteFeature } from '../domain/index.ts'
import { primarySector } from '../domain/primary-sector.ts'
import { sectorCountKey } from '../domain/site-tile-sector-count.ts'

/** Layer name of the sites in every tile. */
export const SITE_TILE_LAYER = 'sites'
/** Tile extent (MapLibre's own for GeoJSON sources), so clusters match the GeoJSON map's. */
export const SITE_TILE_EXTENT = 8192
/** Deepest zoom served (the map's deepest); tiles past the clustering show every site. */
export const SITE_TILE_MAX_ZOOM = 16
/** Sites cluster up to this zoom, as on the GeoJSON map (`SITE_CLUSTER_MAX_ZOOM` in web/). */
export const SITE_TILE_CLUSTER_MAX_ZOOM = 12
/** Cluster radius in screen pixels of a 512 px tile, as on the GeoJSON map. */
const CLUSTER_RADIUS_PX = 36
/** Colour of a site whose sector has none (the map's fallback). */
const FALLBACK_COLOR = '#6b7280'

/** Per-primary-sector site counts of a cluster (`sites:<sector>`, non-zero ones only). */
type SectorCounts = Record<string, number>

/** What a tile says of one site: what the sites layer draws and labels. */
export interface SiteTileProperties {
  id: string
  name_zh: string
  name_en: string
  sector: string
  color: string
  precision: string
}

export interface SiteTiles {
  /** Sites in the tiles: the located ones (district-level sites are counted per district). */
  readonly count: number
  /**
   * The Mapbox Vector Tile of `z/x/y` (layer `sites`: clusters up to zoom 12, then sites).
   * Clusters carry their sites' count per primary sector (`sectorCountKey`), sites their
   * primary `sector`, so a map can leave out switched-off sectors.
   */
  tile(z: number, x: number, y: number): Uint8Array<ArrayBuffer>
}

/**
 * Vector tiles of the located sites, clustered by supercluster exactly as the map's GeoJSON
 * source clusters them (radius 36 px, up to zoom 12, extent 8192) and written by vt-pbf;
 * clusters also count their sites per primary sector (map/reduce), for the sector switches.
 * The index is built on the first tile asked for (~seconds for a million sites), never at
 * start-up; tiles themselves are cached by the representation cache, keyed by data version.
 *
 * @example
 * const tiles = siteTiles(ds.sites, ds.sectors)
 * tiles.tile(8, 210, 97) // Uint8Array (MVT)
 */
export function siteTiles(sites: readonly SiteFeature[], sectors: readonly Sector[]): SiteTiles {
  const located = sites.filter((s) => s.properties.location_precision !== 'district')
  const colorOf = new Map(sectors.map((s) => [s.id, s.color]))
  let index: Supercluster<SiteFeature['properties'], SectorCounts> | undefined
  const build = () => {
    const built = new Supercluster<SiteFeature['properties'], SectorCounts>({
      radius: CLUSTER_RADIUS_PX * (SITE_TILE_EXTENT / 512),
      extent: SITE_TILE_EXTENT,
      maxZoom: SITE_TILE_CLUSTER_MAX_ZOOM,
      // a fresh object per site: supercluster accumulates into the first member's
      map: (p) => {
        const sector = primarySector(p)
        return sector ? { [sectorCountKey(sector)]: 1 } : {}
      },
      reduce: (counts, more) => {
        for (const key in more) counts[key] = (counts[key] ?? 0) + (more[key] ?? 0)
      },
    })
    return built.load(located as SiteFeature[])
  }
  const tagsOf = (p: SiteFeature['properties']): SiteTileProperties => {
    const sector = primarySector(p) ?? ''
    const color = colorOf.get(sector) ?? FALLBACK_COLOR
    return {
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      sector,
      color,
      precision: p.location_precision,
    }
  }
  return {
    count: located.length,
    tile(z, x, y) {
      index ??= build()
      const tile = index.getTile(z, x, y)
      // a site's id is a string, which MVT ids cannot hold: it travels as the `id` property
      const features = (tile?.features ?? []).map(({ id, tags, ...f }) => {
        const t = tags as Record<string, unknown>
        if (t.cluster === true) return { ...f, id, tags: t }
        return { ...f, tags: tagsOf(t as SiteFeature['properties']) }
      })
      const bytes = fromGeojsonVt(
        { [SITE_TILE_LAYER]: { features } as never },
        {
          version: 2,
          extent: SITE_TILE_EXTENT,
        },
      )
      return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)
    },
  }
}
