import type { LayerSpecification, Map as MapLibreMap, VectorTileSource } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { SITE_TILES_URL } from '../../lib/api/api-client.ts'
import { siteTilesUrl } from '../../lib/api/site-tiles-url.ts'
import type { Filters } from '../../lib/url/view-url.ts'
import { countProperties, tiledSiteLayer } from '../style/tiled-site-filter.ts'
import { MAP_MAX_ZOOM, SOURCE } from './sources.ts'

/** Layer of the sites inside each tile (the server's `SITE_TILE_LAYER`). */
export const SITE_TILE_LAYER = 'sites'
/** Deepest zoom the tiles are fetched at; deeper, the map over-zooms them (every site alone). */
const SITE_TILE_SOURCE_MAX_ZOOM = 14

/** Whether the map draws the sites from vector tiles (a large dataset). */
export const isTiledSites = (map: MapLibreMap) => map.getSource(SOURCE.sites)?.type === 'vector'

/**
 * The feature-state target of site `id`: vector tiles need their layer named.
 *
 * @example map.setFeatureState(siteTarget(map, 'teda-site'), { selected: true })
 */
export function siteTarget(map: MapLibreMap, id: string) {
  return isTiledSites(map)
    ? { source: SOURCE.sites, sourceLayer: SITE_TILE_LAYER, id }
    : { source: SOURCE.sites, id }
}

/**
 * When `tiled` (the server's `site_tiles`: too many sites to load), swaps the map's GeoJSON
 * `sites` source for the server's vector tiles, clustered there the same way, and re-adds the
 * site layers on it unchanged but for their `source-layer`. Features still carry `id`, so
 * hover, selection and details work as before (details are fetched by id). The sites of the
 * `hiddenSectors` (primary sectors switched off) are left out of the tiled layers and of
 * their clusters' counts (the GeoJSON source gets only the visible sites instead). The status,
 * plan and district `filters` go to the server, which clusters only the matching sites: the
 * source's tile URL changes with them (back to the unfiltered one when all are off).
 */
export function useSiteTiles(
  map: MapLibreMap | null,
  tiled: boolean,
  hiddenSectors: readonly string[],
  filters: Filters,
): void {
  // the sites layers as the style defines them, kept to derive the filtered ones from
  const defined = useRef<LayerSpecification[]>([])
  const url = siteTilesUrl(SITE_TILES_URL, filters)
  // the newest URL (the source starts with it when added) and the one the source fetches
  const latest = useRef(url)
  latest.current = url
  const fetched = useRef<string | null>(null)
  useEffect(() => {
    if (!map || !tiled || isTiledSites(map)) return
    const layers = map.getStyle().layers
    const onSites = layers.flatMap((layer, i) =>
      'source' in layer && layer.source === SOURCE.sites
        ? [{ layer, before: layers[i + 1]?.id }]
        : [],
    )
    for (const { layer } of onSites) map.removeLayer(layer.id)
    map.removeSource(SOURCE.sites)
    fetched.current = latest.current
    map.addSource(SOURCE.sites, {
      type: 'vector',
      tiles: [fetched.current],
      maxzoom: Math.min(SITE_TILE_SOURCE_MAX_ZOOM, MAP_MAX_ZOOM),
      promoteId: 'id',
    })
    const tiledLayers = onSites.map(({ layer, before }) => ({
      layer: { ...layer, 'source-layer': SITE_TILE_LAYER } as LayerSpecification,
      before,
    }))
    defined.current = tiledLayers.map(({ layer }) => layer)
    // added as defined: the effect below, which runs after this one, filters them
    for (const { layer, before } of tiledLayers.reverse()) {
      map.addLayer(layer, before && map.getLayer(before) ? before : undefined)
    }
  }, [map, tiled])
  useEffect(() => {
    if (!map || !isTiledSites(map) || fetched.current === null || fetched.current === url) return
    fetched.current = url
    map.getSource<VectorTileSource>(SOURCE.sites)?.setTiles([url])
  }, [map, url])
  const hiddenKey = hiddenSectors.join(',')
  useEffect(() => {
    if (!map || !tiled || !isTiledSites(map)) return
    const sectors = hiddenKey ? hiddenKey.split(',') : []
    for (const layer of defined.current) {
      if (!map.getLayer(layer.id)) continue
      applyLayer(map, tiledSiteLayer(layer, sectors))
    }
  }, [map, tiled, hiddenKey])
}

/** Sets the filter of `layer` and its properties that read a cluster's size on the map. */
function applyLayer(map: MapLibreMap, layer: LayerSpecification): void {
  map.setFilter(layer.id, 'filter' in layer ? layer.filter : null)
  const { paint, layout } = countProperties(layer)
  for (const [key, value] of Object.entries(paint))
    map.setPaintProperty(layer.id, key as never, value as never)
  for (const [key, value] of Object.entries(layout))
    map.setLayoutProperty(layer.id, key as never, value as never)
}
