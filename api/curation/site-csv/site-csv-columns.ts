/**
 * Columns of the sites CSV (`POST /api/import/sites`, `npm run data:import`). Required, in
 * this order in the documentation: names, position and its coordinate system, district, park,
 * sectors (`;`-separated ids), precision and the sources.
 */
export const REQUIRED_COLUMNS = [
  'name_zh',
  'name_en',
  'lng',
  'lat',
  'crs',
  'district_code',
  'park_id',
  'sectors',
  'location_precision',
  'location_source',
  'source_url',
] as const

/**
 * Optional columns: `id` (default: from name_en; give an existing id to update that site),
 * `kind` (default company), `status`, `citations` and `chain_links` (`;`-separated),
 * `description_zh`, `description_en`, and `location_basis_zh` / `location_basis_en` — what
 * users read about the position (default: a sentence from the precision naming the
 * `source_url`'s host). `placement` follows the precision: `district` for a district-level
 * row, else `source` (the row gives its own position).
 */
export const OPTIONAL_COLUMNS = [
  'id',
  'kind',
  'status',
  'citations',
  'chain_links',
  'description_zh',
  'description_en',
  'location_basis_zh',
  'location_basis_en',
] as const

export type SiteCsvColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number]

/** One data row by column name (cells trimmed; a missing optional column reads as ""). */
export type SiteCsvRow = Record<SiteCsvColumn, string>

/** A problem with one cell (or the header: row 1), as the dry-run report lists it. */
export interface RowProblem {
  /** Spreadsheet row number: the header is row 1, the first data row is 2. */
  row: number
  /** The column, e.g. `lat`, or `lng, lat` for the position; `(row)` for the whole row. */
  column: string
  /** What was expected and what was found. */
  message: string
}

/** Splits a `;`-separated list cell into trimmed, non-empty items. */
export function listCell(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}
