import { EXTRACTED_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import { parkAndSiteFiles } from './place-files.ts'

/**
 * Visits one clause citation: the record's `file` and `id`, the `field` path (already with
 * its index, e.g. `stops[2].clause_id`, or a list's path like `properties.citations` with
 * `index` the position in it) and the cited `clauseId`.
 */
export type CitationVisitor = (
  file: string,
  id: string,
  field: string,
  index: number | undefined,
  clauseId: string,
) => void

/** `properties.citations[3]`, or `field` itself when it has no list index. */
export function citationField(field: string, index: number | undefined): string {
  return index === undefined ? field : `${field}[${index}]`
}

/**
 * Visits every clause citation in the dataset, in this order: `citations` of sectors, chains,
 * chain links, parks, sites and unplaced entities, and the `clause_id` of targets, tours and
 * tour stops, and project batches. A visitor, not a list, so a million sites make no
 * wrapper objects.
 */
export function forEachCitation(dataset: Dataset, visit: CitationVisitor): void {
  const cite = (file: string, id: string, field: string, clauseIds: readonly string[]) => {
    for (let i = 0; i < clauseIds.length; i++) visit(file, id, field, i, clauseIds[i] as string)
  }
  for (const s of dataset.sectors) cite(EXTRACTED_FILES.sectors, s.id, 'citations', s.citations)
  for (const c of dataset.chains) {
    cite(EXTRACTED_FILES.chains, c.id, 'citations', c.citations)
    c.links.forEach((link, i) => {
      cite(EXTRACTED_FILES.chains, c.id, `links[${i}].citations`, link.citations)
    })
  }
  for (const { file, features } of parkAndSiteFiles(dataset)) {
    for (const { properties: p } of features) cite(file, p.id, 'properties.citations', p.citations)
  }
  for (const u of dataset.unplaced) cite(EXTRACTED_FILES.unplaced, u.id, 'citations', u.citations)
  for (const t of dataset.targets) {
    visit(EXTRACTED_FILES.targets, t.id, 'clause_id', undefined, t.clause_id)
  }
  for (const tour of dataset.tours) {
    visit(TOURS_FILE, tour.id, 'clause_id', undefined, tour.clause_id)
    tour.stops.forEach((stop, i) => {
      visit(TOURS_FILE, tour.id, `stops[${i}].clause_id`, undefined, stop.clause_id)
    })
  }
  for (const b of dataset.projectBatches) {
    visit(EXTRACTED_FILES.projectBatches, b.id, 'clause_id', undefined, b.clause_id)
  }
}
