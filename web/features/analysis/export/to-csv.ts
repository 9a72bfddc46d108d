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

/**
 * The table as CSV: BOM, a header row of the columns' headers, then one line per row, CRLF
 * line ends (RFC 4180).
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((c) => csvField(c.header)),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row.values[c.key] ?? null))),
  ]
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`
}
