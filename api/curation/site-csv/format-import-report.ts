import type { SiteImportPlan } from './plan-site-import.ts'

/**
 * The plan as lines for the terminal: one per row (`row 3 · create tianjin-foo`) and one per
 * problem (`row 4 · lat: expected decimal degrees like 39.1, got "abc"`), then a summary.
 */
export function formatImportReport(plan: SiteImportPlan): string[] {
  const lines: string[] = []
  const where = (row: number) => (row > 0 ? `row ${row}` : 'data')
  for (const p of plan.problems) lines.push(`${where(p.row)} · ${p.column}: ${p.message}`)
  for (const r of plan.rows) {
    if (r.action)
      lines.push(
        `row ${r.row} · ${r.action} ${r.id}${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`,
      )
    for (const p of r.problems) lines.push(`row ${r.row} · ${p.column}: ${p.message}`)
  }
  const creates = plan.rows.filter((r) => r.action === 'create').length
  const updates = plan.rows.filter((r) => r.action === 'update').length
  const failing = new Set(
    [...plan.problems, ...plan.rows.flatMap((r) => r.problems)].map((p) => p.row),
  ).size
  if (plan.ok) lines.push(`${plan.rows.length} row(s): ${creates} to create, ${updates} to update`)
  else if (plan.rows.length === 0) lines.push('the file has problems; no row was read')
  else {
    lines.push(
      `${plan.rows.length} row(s): problems in ${failing} row(s); nothing can be imported until they are fixed`,
    )
  }
  return lines
}
