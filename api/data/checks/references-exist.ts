import { EXTRACTED_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import { aliasReferenceIssues } from './alias-references.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { placeReferenceIssues } from './place-references.ts'
import { clauseDocId, notIn, type ReferenceSets, referenceSets } from './reference-sets.ts'
import { tourReferenceIssues } from './tour-references.ts'

const issue = issueMaker('references-exist')

/** Target scopes that are not sector ids. A scope may also join sector ids: `wind+solar-pv`. */
export const NON_SECTOR_SCOPES: readonly string[] = ['all', 'manufacturing', 'industry']

/**
 * Every id one record uses to point at another exists: sector ids (sector parents, chains,
 * places, target scopes, batch sectors), chain-link refs `<chain>/<link>` (both parts), park
 * ids of sites, document ids, district codes, clause parents (in the same document), and the
 * places, sectors, chains and targets of tour stops, the places of aliases; and a
 * clause, target or batch's `doc_id` agrees with its clause id. Citations: `citations-resolve`.
 */
export const referencesExist: CheckRule = (dataset) => {
  const refs = referenceSets(dataset)
  return [
    ...sectorAndChainIssues(dataset, refs),
    ...clauseIssues(dataset, refs),
    ...targetAndBatchIssues(dataset, refs),
    ...placeReferenceIssues(dataset, refs),
    ...tourReferenceIssues(dataset, refs),
    ...aliasReferenceIssues(dataset, refs),
  ]
}

function sectorAndChainIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const issues: CheckIssue[] = []
  const file = EXTRACTED_FILES.sectors
  for (const s of dataset.sectors) {
    if (s.parent_id === s.id)
      issues.push(issue(file, s.id, 'parent_id', 'a sector cannot be its own parent'))
    else if (s.parent_id !== null && !refs.sectors.has(s.parent_id)) {
      issues.push(issue(file, s.id, 'parent_id', notIn('sector', s.parent_id, file)))
    }
  }
  for (const c of dataset.chains) {
    c.sectors.forEach((sector, i) => {
      if (refs.sectors.has(sector)) return
      issues.push(
        issue(EXTRACTED_FILES.chains, c.id, `sectors[${i}]`, notIn('sector', sector, file)),
      )
    })
  }
  return issues
}

function clauseIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const issues: CheckIssue[] = []
  const file = EXTRACTED_FILES.clauses
  for (const c of dataset.clauses) {
    if (!refs.documents.has(c.doc_id)) {
      issues.push(
        issue(file, c.id, 'doc_id', notIn('document', c.doc_id, EXTRACTED_FILES.documents)),
      )
    }
    if (clauseDocId(c.id) !== c.doc_id) {
      const message = `clause id names document ${clauseDocId(c.id)} but doc_id is ${c.doc_id}`
      issues.push(issue(file, c.id, 'doc_id', message))
    }
    if (c.parent_id === null) continue
    const parent = refs.clauses.get(c.parent_id)
    if (!parent) issues.push(issue(file, c.id, 'parent_id', notIn('clause', c.parent_id, file)))
    else if (parent.doc_id !== c.doc_id) {
      const message = `parent ${c.parent_id} belongs to ${parent.doc_id}, not ${c.doc_id}`
      issues.push(issue(file, c.id, 'parent_id', message))
    }
  }
  return issues
}

function targetAndBatchIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const issues: CheckIssue[] = []
  const sources = [
    { file: EXTRACTED_FILES.targets, records: dataset.targets },
    { file: EXTRACTED_FILES.projectBatches, records: dataset.projectBatches },
  ]
  for (const { file, records } of sources) {
    for (const r of records) {
      if (!refs.documents.has(r.doc_id)) {
        issues.push(
          issue(file, r.id, 'doc_id', notIn('document', r.doc_id, EXTRACTED_FILES.documents)),
        )
      }
      const clauseDoc = clauseDocId(r.clause_id)
      if (clauseDoc !== r.doc_id) {
        const message = `clause ${r.clause_id} belongs to ${clauseDoc}, not ${r.doc_id} (doc_id)`
        issues.push(issue(file, r.id, 'clause_id', message))
      }
    }
  }
  for (const t of dataset.targets) {
    if (NON_SECTOR_SCOPES.includes(t.scope)) continue
    const unknown = t.scope.split('+').filter((part) => !refs.sectors.has(part))
    if (unknown.length === 0) continue
    const message = `scope ${JSON.stringify(t.scope)}: ${unknown.map((u) => JSON.stringify(u)).join(', ')} is not a sector id (scope is a sector id, ids joined by "+", or one of ${NON_SECTOR_SCOPES.join('|')})`
    issues.push(issue(EXTRACTED_FILES.targets, t.id, 'scope', message))
  }
  for (const b of dataset.projectBatches) {
    b.by_sector.forEach(({ sector }, i) => {
      if (refs.sectors.has(sector)) return
      const message = notIn('sector', sector, EXTRACTED_FILES.sectors)
      issues.push(issue(EXTRACTED_FILES.projectBatches, b.id, `by_sector[${i}].sector`, message))
    })
  }
  return issues
}
