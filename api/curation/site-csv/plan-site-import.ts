import type { Dataset } from '../../data/dataset.ts'
import type { SiteFeature } from '../../domain/index.ts'
import type { PlaceEdit } from '../../store/place-edit.ts'
import { placeProblems } from '../place-problems.ts'
import { withEdits } from '../with-edits.ts'
import { parseSiteCsv } from './parse-site-csv.ts'
import type { RowProblem } from './site-csv-columns.ts'
import { csvColumn, type RowSite, siteFromRow } from './site-from-row.ts'
import { updatedSite } from './updated-site.ts'

/** The dry-run report of one row. */
export interface ImportRowReport {
  row: number
  id: string | null
  /** `create` a new site, `update` the site with this id, or `null` when the row has problems. */
  action: 'create' | 'update' | null
  problems: RowProblem[]
  notes: string[]
}

export interface SiteImportPlan {
  /** True when every row can be imported: then `features` is what the import writes. */
  ok: boolean
  /** Problems with the file as a whole (header, structure) or with places the rows affect. */
  problems: RowProblem[]
  rows: ImportRowReport[]
  features: SiteFeature[]
}

/**
 * Everything an import does short of writing: parses the CSV, converts each row (WGS84),
 * decides create or update (a row updates only a site whose id it names), and runs every
 * check:data rule on the data as it would be published. The same plan serves the dry run
 * (`?dry_run=true`, `--dry-run`) and the real import (`store.importChangeSet`).
 */
export function planSiteImport(
  dataset: Dataset,
  edits: readonly PlaceEdit[],
  csvText: string,
  baseline: ReadonlySet<string>,
): SiteImportPlan {
  const parsed = parseSiteCsv(csvText)
  if (parsed.problems.length > 0)
    return { ok: false, problems: parsed.problems, rows: [], features: [] }
  const rows = parsed.rows.map(({ row, cells }) => siteFromRow(row, cells))
  const published = new Map(withEdits(dataset, edits).sites.map((f) => [f.properties.id, f]))
  const actions = decideActions(rows, published, edits)
  for (const r of rows) {
    const existing = r.feature && published.get(r.feature.properties.id)
    if (actions.get(r.row) === 'update' && r.feature && existing) {
      r.feature = updatedSite(existing, r.feature, r.cells)
      r.notes.push('blank optional cells keep the current values')
    } else if (actions.get(r.row) === 'create' && r.cells.kind === '') {
      r.notes.push('kind not given: taken as company')
    }
  }
  const valid = rows.filter((r) => r.problems.length === 0 && r.feature)
  const problems: RowProblem[] = []
  if (valid.length > 0) {
    const rowById = new Map(valid.map((r) => [r.feature?.properties.id, r]))
    const overlay = [
      ...edits.filter((e) => !(e.kind === 'site' && rowById.has(e.id))),
      ...valid.map(draftEdit),
    ]
    const changed = valid.map((r) => ({
      kind: 'site' as const,
      id: r.feature?.properties.id as string,
    }))
    for (const p of placeProblems(dataset, overlay, changed, baseline)) {
      const owner = p.kind === 'site' ? rowById.get(p.id) : undefined
      if (owner)
        owner.problems.push({ row: owner.row, column: csvColumn(p.field), message: p.message })
      else problems.push({ row: 0, column: `${p.kind} ${p.id} · ${p.field}`, message: p.message })
    }
  }
  const reports = rows.map((r): ImportRowReport => {
    const ok = r.problems.length === 0 && r.feature !== null
    return {
      row: r.row,
      id: r.feature?.properties.id ?? null,
      action: ok ? (actions.get(r.row) ?? null) : null,
      problems: r.problems,
      notes: r.notes,
    }
  })
  const ok = problems.length === 0 && reports.every((r) => r.action !== null)
  return {
    ok,
    problems,
    rows: reports,
    features: ok ? rows.map((r) => r.feature as SiteFeature) : [],
  }
}

/** Create or update per row; duplicate, taken or deleted ids become the row's problems. */
function decideActions(
  rows: readonly RowSite[],
  byId: ReadonlyMap<string, SiteFeature>,
  edits: readonly PlaceEdit[],
): Map<number, 'create' | 'update'> {
  const deleted = new Set(
    edits.filter((e) => e.kind === 'site' && e.state === 'deleted').map((e) => e.id),
  )
  const firstRow = new Map<string, number>()
  const actions = new Map<number, 'create' | 'update'>()
  for (const r of rows) {
    const id = r.feature?.properties.id
    if (!id) continue
    const column = r.idGiven ? 'id' : 'name_en'
    const problem = (message: string) => r.problems.push({ row: r.row, column, message })
    const earlier = firstRow.get(id)
    if (earlier !== undefined)
      problem(`id "${id}" is also row ${earlier}'s; each site once per file`)
    else if (deleted.has(id))
      problem(`site "${id}" was deleted; revert the deletion, or give another id`)
    else if (byId.has(id) && !r.idGiven) {
      const name = byId.get(id)?.properties.name_en
      problem(
        `id "${id}" is taken by the site "${name}": give an id column (that id updates it; another id adds a new site)`,
      )
    }
    firstRow.set(id, earlier ?? r.row)
    if (r.problems.length === 0) actions.set(r.row, byId.has(id) ? 'update' : 'create')
  }
  return actions
}

function draftEdit(r: RowSite): PlaceEdit {
  const feature = r.feature as SiteFeature
  const id = feature.properties.id
  return {
    kind: 'site',
    id,
    state: 'edited',
    feature,
    version: 0,
    updatedAt: new Date(0),
    updatedBy: '',
  }
}
