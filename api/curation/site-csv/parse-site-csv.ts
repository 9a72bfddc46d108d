import Papa from 'papaparse'
import {
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  type RowProblem,
  type SiteCsvColumn,
  type SiteCsvRow,
} from './site-csv-columns.ts'

export interface ParsedSiteCsv {
  /** Data rows with their spreadsheet row numbers (first data row = 2). */
  rows: { row: number; cells: SiteCsvRow }[]
  /** Header and structure problems; when any, `rows` is empty. */
  problems: RowProblem[]
}

const KNOWN: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]

/** Most rows one import takes (an import is one transaction and one change set). */
export const MAX_IMPORT_ROWS = 2000

/**
 * Parses the sites CSV text (UTF-8, with or without BOM; comma-separated, RFC 4180 quoting)
 * with papaparse. The header must name every required column once and no unknown column;
 * blank lines are skipped; cells are trimmed.
 */
export function parseSiteCsv(text: string): ParsedSiteCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimiter: ',',
  })
  const [header = [], ...data] = result.data
  const names = header.map((name) => name.trim())
  const problems = headerProblems(names)
  for (const error of result.errors) {
    const row = typeof error.row === 'number' ? error.row + 1 : 1
    problems.push({ row, column: '(row)', message: `CSV: ${error.message}` })
  }
  data.forEach((cells, i) => {
    if (cells.length !== names.length) {
      const message = `expected ${names.length} cells like the header, got ${cells.length}`
      problems.push({ row: i + 2, column: '(row)', message })
    }
  })
  if (data.length === 0 && problems.length === 0) {
    problems.push({ row: 2, column: '(row)', message: 'expected at least one data row' })
  }
  if (data.length > MAX_IMPORT_ROWS) {
    const message = `expected at most ${MAX_IMPORT_ROWS} rows per import, got ${data.length}`
    problems.push({ row: MAX_IMPORT_ROWS + 2, column: '(row)', message })
  }
  if (problems.length > 0) return { rows: [], problems }
  const rows = data.map((cells, i) => {
    const row = Object.fromEntries(KNOWN.map((column) => [column, ''])) as SiteCsvRow
    names.forEach((name, c) => {
      row[name as SiteCsvColumn] = (cells[c] ?? '').trim()
    })
    return { row: i + 2, cells: row }
  })
  return { rows, problems: [] }
}

function headerProblems(names: readonly string[]): RowProblem[] {
  const problems: RowProblem[] = []
  const header = (column: string, message: string) => problems.push({ row: 1, column, message })
  for (const column of REQUIRED_COLUMNS) {
    if (!names.includes(column)) header(column, 'expected this column in the header')
  }
  names.forEach((name, i) => {
    if (!KNOWN.includes(name)) {
      header(name || `(column ${i + 1})`, `unknown column; expected one of ${KNOWN.join(', ')}`)
    } else if (names.indexOf(name) !== i) {
      header(name, 'appears twice in the header')
    }
  })
  return problems
}
