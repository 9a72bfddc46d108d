import { EXTRACTED_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { clip, placeQuoteIssues } from './place-quotes.ts'
import { spanProblem } from './span-problem.ts'
import { statesNumber, writtenNumbers } from './written-numbers.ts'

const issue = issueMaker('target-in-clause')

/**
 * Quoted figures match their clause: each target's `quote` occurs in its clause's text and
 * writes its `value`; each project batch's `quote` occurs in its clause and writes its
 * `project_count` and `investment_cny_100m`; and the quotes of places and tours occur in their
 * clauses (`placeQuoteIssues`). Missing clauses and bad spans are left to `citations-resolve`.
 */
export const targetInClause: CheckRule = (dataset) => {
  const clauseText = clauseTexts(dataset)
  const issues: CheckIssue[] = []
  /** Whether the quote is in the clause; a missing clause or bad span is reported elsewhere. */
  const checkQuote = (file: string, id: string, clauseId: string, quote: string): boolean => {
    const text = clauseText.get(clauseId)
    if (text === undefined) return false
    if (text.includes(quote)) return true
    issues.push(
      issue(file, id, 'quote', `quote ${clip(quote)} does not occur in clause ${clauseId}`),
    )
    return false
  }
  const checkNumber = (file: string, id: string, field: string, quote: string, value: number) => {
    if (statesNumber(quote, value)) return
    const written = writtenNumbers(quote).join(', ') || 'none'
    const message = `quote ${clip(quote)} does not write ${field} ${value} (numbers written in it: ${written})`
    issues.push(issue(file, id, field, message))
  }
  for (const t of dataset.targets) {
    if (checkQuote(EXTRACTED_FILES.targets, t.id, t.clause_id, t.quote)) {
      checkNumber(EXTRACTED_FILES.targets, t.id, 'value', t.quote, t.value)
    }
  }
  for (const b of dataset.projectBatches) {
    const file = EXTRACTED_FILES.projectBatches
    if (!checkQuote(file, b.id, b.clause_id, b.quote)) continue
    checkNumber(file, b.id, 'project_count', b.quote, b.project_count)
    checkNumber(file, b.id, 'investment_cny_100m', b.quote, b.investment_cny_100m)
  }
  return [...issues, ...placeQuoteIssues(dataset, clauseText)]
}

/** Text of every clause whose span is sound, by clause id. */
export function clauseTexts(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string>()
  for (const clause of dataset.clauses) {
    const text = dataset.texts[clause.doc_id]
    if (text === undefined || spanProblem(clause, text)) continue
    texts.set(clause.id, text.slice(clause.start, clause.end))
  }
  return texts
}
