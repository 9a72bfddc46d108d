/** A cell of an exported table (null = empty). */
export type ExportValue = string | number | boolean | null

export interface ExportColumn {
  /** Property name in GeoJSON (stable snake_case). */
  key: string
  /** Column header in the CSV (UI language). */
  header: string
}

export interface ExportRow {
  values: Record<string, ExportValue>
  /** Where the row is on the map (null: not a place, e.g. a missing link without provider). */
  geometry: GeoJSON.Geometry | null
}

/** One analysis result as a table: the same rows go to CSV and to GeoJSON. */
export interface ExportTable {
  /** File name without extension, e.g. `within-10km-park-teda`. */
  name: string
  columns: ExportColumn[]
  rows: ExportRow[]
}

/** `[lng, lat]` as a GeoJSON Point; null for a place known only by district (no position). */
export function pointGeometry(at: readonly [number, number]): GeoJSON.Point
export function pointGeometry(at: readonly [number, number] | null): GeoJSON.Point | null
export function pointGeometry(at: readonly [number, number] | null): GeoJSON.Point | null {
  return at ? { type: 'Point', coordinates: [at[0], at[1]] } : null
}

/**
 * The table as an RFC 7946 FeatureCollection: one feature per row, properties keyed by the
 * columns' `key`s (rows without a place get `geometry: null`).
 *
 * @example toGeoJson(table).features[0]?.properties?.distance_km // 0
 */
export function toGeoJson(table: ExportTable): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: table.rows.map((row) => ({
      type: 'Feature',
      geometry: row.geometry as GeoJSON.Geometry,
      properties: Object.fromEntries(table.columns.map((c) => [c.key, row.values[c.key] ?? null])),
    })),
  }
}
