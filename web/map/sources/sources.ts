import type { GeoJSONSourceSpecification } from 'maplibre-gl'

/**
 * Source ids: one GeoJSON source per data set the map draws, except the static basemap, whose
 * layers share one source (see `BASEMAP_LAYER`).
 */
export const SOURCE = {
  /**
   * Every basemap layer of the API (sea, neighbours, outline, coastline, Haihe, region,
   * context) in one source, each feature tagged with its layer in `BASEMAP_LAYER_PROPERTY`:
   * the worker tiles one index instead of seven and the map redraws once when they arrive.
   */
  basemap: 'basemap',
  districts: 'districts',
  parks: 'parks',
  infrastructure: 'infrastructure',
  sites: 'sites',
  /** One badge per district: how many of its places are known only by district. */
  districtLevel: 'district-level',
  /** The selected site alone, drawn as a ring above clusters so it shows even inside one. */
  selectedSite: 'selected-site',
  /** One label point per district / park / context area (avoids per-tile duplicate labels). */
  districtLabels: 'district-labels',
  parkLabels: 'park-labels',
  contextLabels: 'context-labels',
} as const
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE]

/**
 * The sites of a cluster that holds the selected site, fanned out around it with legs to the
 * cluster's point (filled by `use-expanded-cluster.ts`, not from the API).
 */
export const SPIDER_SOURCE = 'sites-spider'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** Deepest zoom of the map. */
export const MAP_MAX_ZOOM = 16

/** Zoom at which a site is brought into view (labels show from 10, points stand apart). */
export const SITE_FOCUS_ZOOM = 13

/**
 * Sites cluster up to zoom 12; from 13 every located site stands alone (located sites never
 * share a point: `check:data` keeps them apart, spread inside their parks). Sites known only
 * to their district are not points at all: they are counted at their district.
 */
export const SITE_CLUSTER_MAX_ZOOM = 12

/**
 * The sources start empty; `use-source-data.ts` fills them from the API. Feature ids are
 * promoted from the records' own ids so that hover/selection can use feature-state.
 */
export function emptySources(): Record<
  SourceId | typeof SPIDER_SOURCE,
  GeoJSONSourceSpecification
> {
  const plain = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: EMPTY })
  return {
    basemap: plain(),
    districts: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    parks: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    infrastructure: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    'district-labels': plain(),
    'park-labels': plain(),
    'context-labels': plain(),
    'selected-site': plain(),
    'district-level': { type: 'geojson', data: EMPTY, promoteId: 'code' },
    [SPIDER_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    sites: {
      type: 'geojson',
      data: EMPTY,
      promoteId: 'id',
      cluster: true,
      clusterRadius: 36,
      clusterMaxZoom: SITE_CLUSTER_MAX_ZOOM,
    },
  }
}
