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

/** A setting of the analysis (radius, chain, …), recorded in the file. */
export interface ExportParameter {
  /** Stable snake_case key (GeoJSON `metadata.parameters`). */
  key: string
  /** Column header in the CSV (UI language). */
  header: string
  /** The machine value (GeoJSON), e.g. `li-battery`. */
  value: ExportValue
  /** The value as people read it (CSV), e.g. "Lithium-ion batteries"; defaults to `value`. */
  label?: string
}

/** One analysis result as a table: the same rows go to CSV and to GeoJSON. */
export interface ExportTable {
  /** File name without extension, e.g. `within-10km-park-teda`. */
  name: string
  columns: ExportColumn[]
  rows: ExportRow[]
  /** What the file holds, for people (UI language), e.g. "Radius · Tianjin Lishen Battery". */
  title?: string
  /** Header of the title's CSV column (UI language), e.g. "Analysis". */
  titleHeader?: string
  /** The settings the result depends on (written into every CSV row and the GeoJSON). */
  parameters?: ExportParameter[]
}

/** What a GeoJSON export says about itself (RFC 7946 §6.1 foreign member `metadata`). */
export interface ExportMetadata {
  title: string | null
  /** When the file was made, `YYYY-MM-DD`. */
  generated: string
  parameters: Record<string, ExportValue>
  crs: string
  units: Record<string, string>
  attribution: string
}

/** `[lng, lat]` as a GeoJSON Point; null for a place known only by district (no position). */
export function pointGeometry(at: readonly [number, number]): GeoJSON.Point
export function pointGeometry(at: readonly [number, number] | null): GeoJSON.Point | null
export function pointGeometry(at: readonly [number, number] | null): GeoJSON.Point | null {
  return at ? { type: 'Point', coordinates: [at[0], at[1]] } : null
}

/**
 * The table as an RFC 7946 FeatureCollection: one feature per row, properties keyed by the
 * columns' `key`s (rows without a place get `geometry: null`), and — given `about` — a
 * `metadata` member saying what the file is (title, date, parameters, units, CRS, sources).
 *
 * @example toGeoJson(table).features[0]?.properties?.distance_km // 0
 */
export function toGeoJson(
  table: ExportTable,
  about?: { generated: string; attribution: string },
): GeoJSON.FeatureCollection & { metadata?: ExportMetadata } {
  const metadata: ExportMetadata | undefined = about && {
    title: table.title ?? null,
    generated: about.generated,
    parameters: Object.fromEntries((table.parameters ?? []).map((p) => [p.key, p.value])),
    crs: 'WGS84 (EPSG:4326), coordinates [longitude, latitude] in degrees',
    units: {
      distance_km: 'kilometres, great-circle, rounded to 0.01',
      investment_cny_100m: '100 million CNY (亿元); null where no source states it',
    },
    attribution: about.attribution,
  }
  return {
    type: 'FeatureCollection',
    ...(metadata ? { metadata } : {}),
    features: table.rows.map((row) => ({
      type: 'Feature',
      geometry: row.geometry as GeoJSON.Geometry,
      properties: Object.fromEntries(table.columns.map((c) => [c.key, row.values[c.key] ?? null])),
    })),
  }
}
