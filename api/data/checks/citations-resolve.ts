import { EXTRACTED_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { citationField, forEachCitation } from './citation-refs.ts'
import { parkAndSiteFiles } from './place-files.ts'
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
  // each clause's problem once: a million sites cite a few hundred clauses
  const problems = new Map<string, string | undefined>()
  const problemOf = (clauseId: string): string | undefined => {
    if (problems.has(clauseId)) return problems.get(clauseId)
    const clause = clauses.get(clauseId)
    const problem = !clause
      ? notIn('clause', clauseId, EXTRACTED_FILES.clauses)
      : withPrefix(`cited clause ${clauseId}: `, spanProblem(clause, dataset.texts[clause.doc_id]))
    problems.set(clauseId, problem)
    return problem
  }
  const issues: CheckIssue[] = []
  forEachCitation(dataset, (file, id, field, index, clauseId) => {
    const problem = problemOf(clauseId)
    if (problem) issues.push(issue(file, id, citationField(field, index), problem))
  })
  return [...issues, ...plansMatchCitations(dataset), ...leafCitations(dataset)]
}

const withPrefix = (prefix: string, text: string | undefined) =>
  text === undefined ? undefined : prefix + text

/** A park or site cites the clause that names it: a leaf, not a heading with sub-clauses. */
function leafCitations(dataset: Dataset): CheckIssue[] {
  const parents = new Set(dataset.clauses.map((c) => c.parent_id))
  const issues: CheckIssue[] = []
  for (const { file, features } of parkAndSiteFiles(dataset)) {
    for (const { properties: p } of features) {
      for (let i = 0; i < p.citations.length; i++) {
        const clauseId = p.citations[i] as string
        if (!parents.has(clauseId)) continue
        const message = `clause ${clauseId} has sub-clauses; cite the sub-clause that names the place`
        issues.push(issue(file, p.id, `properties.citations[${i}]`, message))
      }
    }
  }
  return issues
}

function plansMatchCitations(dataset: Dataset): CheckIssue[] {
  const issues: CheckIssue[] = []
  for (const { file, features } of parkAndSiteFiles(dataset)) {
    for (const { properties: p } of features) {
      // short lists: arrays in place of sets (two sets per site cost seconds at a million)
      const cited = p.citations.map(clauseDocId)
      cited.forEach((docId, i) => {
        if (cited.indexOf(docId) !== i || (p.plans as readonly string[]).includes(docId)) return
        const message = `cites ${docId} clauses but plans does not list ${docId}`
        issues.push(issue(file, p.id, 'properties.plans', message))
      })
      p.plans.forEach((docId, i) => {
        if (cited.includes(docId)) return
        const message = `lists plan ${docId} but cites no ${docId} clause`
        issues.push(issue(file, p.id, `properties.plans[${i}]`, message))
      })
    }
  }
  return issues
}
