import Papa from 'papaparse'
import type { ParkFeature, SiteFeature } from '../../../api/domain/index.ts'

/** The licence every download carries (see `geodata/LICENSE-DATA.md`). */
export const DATASET_LICENCE = {
  id: 'ODbL-1.0',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  attribution:
    '© OpenStreetMap contributors (ODbL), geoBoundaries; parks and sites: Tianjin industrial park map, from the 2018 new-energy and 2021 manufacturing action plans',
} as const

/** What a download holds and when it was made. */
export interface DatasetMeta {
  /** e.g. "sectors: all; plan: 2018 New-energy plan" — the filters of the view. */
  filters: string
  /** ISO date (YYYY-MM-DD). */
  date: string
}

/**
 * The shown parks and sites as one GeoJSON FeatureCollection (RFC 7946; `kind` says which),
 * with the licence, attribution, filters and date as foreign members, so the file describes
 * itself wherever it goes.
 */
export function datasetGeoJson(
  parks: readonly ParkFeature[],
  sites: readonly SiteFeature[],
  meta: DatasetMeta,
): string {
  const collection = {
    type: 'FeatureCollection',
    name: 'Tianjin industrial parks and project sites',
    license: DATASET_LICENCE.id,
    license_url: DATASET_LICENCE.url,
    attribution: DATASET_LICENCE.attribution,
    filters: meta.filters,
    generated: meta.date,
    features: [
      ...parks.map((f) => ({ ...f, properties: { kind_of_place: 'park', ...f.properties } })),
      ...sites.map((f) => ({ ...f, properties: { kind_of_place: 'site', ...f.properties } })),
    ],
  }
  return `${JSON.stringify(collection, null, 1)}\n`
}

/** One row of the CSV, in the UI language where it is text for people. */
export interface DatasetRow {
  kind: string
  id: string
  name_zh: string
  name_en: string
  district: string
  sectors: string
  status: string
  plans: string
  location_precision: string
  /** The point, WGS84 (`rowPosition`): a located site's or a point park's; else empty. */
  lng: number | null
  lat: number | null
  /** Area of a park's cited outline; empty where the outline is not known. */
  area_km2: number | null
}

/**
 * The point a CSV row gives: a site located better than its district, or a park known by its
 * position. A district-level place gets none (its file point is only its district's
 * representative point), nor does an outline (an area: see the GeoJSON).
 *
 * @example rowPosition(districtLevelSite) // { lng: null, lat: null }
 */
export function rowPosition(feature: ParkFeature | SiteFeature): {
  lng: number | null
  lat: number | null
} {
  const geometry = feature.geometry
  if (feature.properties.location_precision === 'district' || geometry?.type !== 'Point') {
    return { lng: null, lat: null }
  }
  const [lng = null, lat = null] = geometry.coordinates
  return { lng, lat }
}

/**
 * The rows as CSV (UTF-8 with BOM for spreadsheets, CRLF): `#` lines first with the title,
 * filters, date, licence and attribution, then the header (`headers`, in the UI language).
 */
export function datasetCsv(
  rows: readonly DatasetRow[],
  headers: Record<keyof DatasetRow, string>,
  meta: DatasetMeta,
): string {
  const keys = Object.keys(headers) as Array<keyof DatasetRow>
  const comments = [
    '# Tianjin industrial parks and project sites',
    `# Filters: ${meta.filters}`,
    `# Generated: ${meta.date}`,
    `# Licence: ${DATASET_LICENCE.id} (${DATASET_LICENCE.url})`,
    `# Attribution: ${DATASET_LICENCE.attribution}`,
  ]
  const table = Papa.unparse(
    { fields: keys.map((k) => headers[k]), data: rows.map((r) => keys.map((k) => r[k] ?? '')) },
    { newline: '\r\n', escapeFormulae: true },
  )
  return `\uFEFF${comments.join('\r\n')}\r\n${table}\r\n`
}
