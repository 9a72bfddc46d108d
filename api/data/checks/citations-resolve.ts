import { EXTRACTED_FILES, GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { citationRefs } from './citation-refs.ts'
import { clauseDocId, notIn } from './reference-sets.ts'
import { spanProblem } from './span-problem.ts'

const issue = issueMaker('citations-resolve')

/**
 * Every cited clause id (record citations, target and batch `clause_id`) exists and its span
 * selects non-empty text inside its document; a park or site's `plans` are exactly the
 * documents its citations come from, and it cites leaf clauses (no heading with sub-clauses).
 */
export const citationsResolve: CheckRule = (dataset) => {
  const clauses = new Map(dataset.clauses.map((c) => [c.id, c]))
  const issues: CheckIssue[] = []
  for (const { file, id, field, clauseId } of citationRefs(dataset)) {
    const clause = clauses.get(clauseId)
    if (!clause) {
      issues.push(issue(file, id, field, notIn('clause', clauseId, EXTRACTED_FILES.clauses)))
      continue
    }
    const problem = spanProblem(clause, dataset.texts[clause.doc_id])
    if (problem) issues.push(issue(file, id, field, `cited clause ${clauseId}: ${problem}`))
  }
  return [...issues, ...plansMatchCitations(dataset), ...leafCitations(dataset)]
}

/** A park or site cites the clause that names it: a leaf, not a heading with sub-clauses. */
function leafCitations(dataset: Dataset): CheckIssue[] {
  const parents = new Set(dataset.clauses.map((c) => c.parent_id))
  const places = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, p: f.properties })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, p: f.properties })),
  ]
  return places.flatMap(({ file, p }) =>
    p.citations.flatMap((clauseId, i) => {
      if (!parents.has(clauseId)) return []
      const message = `clause ${clauseId} has sub-clauses; cite the sub-clause that names the place`
      return [issue(file, p.id, `properties.citations[${i}]`, message)]
    }),
  )
}

function plansMatchCitations(dataset: Dataset): CheckIssue[] {
  const issues: CheckIssue[] = []
  const places = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, p: f.properties })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, p: f.properties })),
  ]
  for (const { file, p } of places) {
    const cited = new Set(p.citations.map(clauseDocId))
    const plans = new Set<string>(p.plans)
    for (const docId of cited) {
      if (plans.has(docId)) continue
      const message = `cites ${docId} clauses but plans does not list ${docId}`
      issues.push(issue(file, p.id, 'properties.plans', message))
    }
    p.plans.forEach((docId, i) => {
      if (cited.has(docId)) return
      const message = `lists plan ${docId} but cites no ${docId} clause`
      issues.push(issue(file, p.id, `properties.plans[${i}]`, message))
    })
  }
  return issues
}
