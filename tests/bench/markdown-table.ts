/**
 * A markdown table with padded columns (the layout Biome's formatter produces), right-aligning
 * the columns flagged in `right`.
 *
 * @example
 * markdownTable(['n', 'op'], [true, false], [['10', 'within']])
 */
export function markdownTable(headers: string[], right: boolean[], rows: string[][]): string {
  const widths = headers.map((h, c) =>
    Math.max(h.length, 3, ...rows.map((r) => (r[c] ?? '').length)),
  )
  const pad = (cell: string, c: number) =>
    right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)
  const line = (cells: string[]) => `| ${cells.map((cell, c) => pad(cell, c)).join(' | ')} |`
  const rule = widths.map((w, c) => (right[c] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
  return [line(headers), line(rule), ...rows.map(line)].join('\n')
}
