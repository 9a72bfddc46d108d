import type { ExportTable, ExportValue } from './export-table.ts'

/** The UTF-8 byte order mark: Excel needs it to read UTF-8 (and so Chinese) correctly. */
export const UTF8_BOM = '\uFEFF'

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, with inner quotes
 * doubled. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
 * prefixed with `'`; numbers are written as they are.
 *
 * @example csvField('Lishen, "Tianjin"') // '"Lishen, ""Tianjin"""'
 */
export function csvField(value: ExportValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** How a cell reads in the CSV (labels in the UI language instead of codes); `key` is its column. */
export type CellFormat = (
  key: string,
  value: ExportValue,
  values: Readonly<Record<string, ExportValue>>,
) => ExportValue

const asIs: CellFormat = (_key, value) => value

/**
 * The table as CSV: BOM, a header row, then one line per row, CRLF line ends (RFC 4180).
 * Self-describing: the table's title ("Analysis") and parameters (radius, chain, …) lead
 * every row; cells pass through `format` (codes → labels).
 */
export function toCsv(table: ExportTable, format: CellFormat = asIs): string {
  const about = [
    ...(table.title ? [{ header: table.titleHeader ?? 'analysis', value: table.title }] : []),
    ...(table.parameters ?? []).map((p) => ({ header: p.header, value: p.label ?? p.value })),
  ]
  const lines = [
    [...about.map((a) => a.header), ...table.columns.map((c) => c.header)].map(csvField),
    ...table.rows.map((row) => [
      ...about.map((a) => csvField(a.value)),
      ...table.columns.map((c) => csvField(format(c.key, row.values[c.key] ?? null, row.values))),
    ]),
  ]
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`
}
