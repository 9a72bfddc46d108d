import type { Clause } from '../../domain/index.ts'
import { EXTRACTED_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { spanProblem } from './span-problem.ts'

const issue = issueMaker('clause-spans')
const FILE = EXTRACTED_FILES.clauses

/**
 * Every clause span selects non-empty text inside its document's normalised text; a child's
 * span lies inside its parent's; siblings (same parent) do not overlap.
 */
export const clauseSpans: CheckRule = (dataset) => {
  const byId = new Map(dataset.clauses.map((c) => [c.id, c]))
  const issues: CheckIssue[] = []
  for (const clause of dataset.clauses) {
    const problem = spanProblem(clause, dataset.texts[clause.doc_id])
    if (problem) issues.push(issue(FILE, clause.id, 'end', problem))
    const parent = clause.parent_id === null ? undefined : byId.get(clause.parent_id)
    if (parent && (clause.start < parent.start || clause.end > parent.end)) {
      const message = `span [${clause.start}, ${clause.end}) is not inside parent ${parent.id} [${parent.start}, ${parent.end})`
      issues.push(issue(FILE, clause.id, 'start', message))
    }
  }
  return [...issues, ...siblingOverlaps(dataset.clauses)]
}

function siblingOverlaps(clauses: readonly Clause[]): CheckIssue[] {
  const groups = new Map<string, Clause[]>()
  for (const c of clauses) {
    const key = `${c.doc_id}/${c.parent_id ?? ''}`
    const group = groups.get(key)
    if (group) group.push(c)
    else groups.set(key, [c])
  }
  const issues: CheckIssue[] = []
  for (const siblings of groups.values()) {
    const ordered = [...siblings].sort((a, b) => a.start - b.start)
    ordered.forEach((clause, i) => {
      const previous = ordered[i - 1]
      if (!previous || clause.start >= previous.end) return
      const message = `span [${clause.start}, ${clause.end}) overlaps sibling ${previous.id} [${previous.start}, ${previous.end})`
      issues.push(issue(FILE, clause.id, 'start', message))
    })
  }
  return issues
}
