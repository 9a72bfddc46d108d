import { EXTRACTED_FILES, GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { spanProblem } from './span-problem.ts'
import { statesNumber, writtenNumbers } from './written-numbers.ts'

const issue = issueMaker('target-in-clause')

/**
 * Quoted figures match their clause: each target's `quote` occurs in its clause's text and
 * writes its `value`; each project batch's `quote` occurs in its clause and writes its
 * `project_count` and `investment_cny_100m`; a site's `capacity.quote` occurs in one of the
 * clauses it cites, and its `plan_term_zh` in every clause it cites (whitespace ignored); a
 * tour stop's `quote_zh` occurs in its clause word for word. Missing clauses and bad spans are left to `citations-resolve`.
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
  issues.push(...planTermIssues(dataset, clauseText))
  for (const tour of dataset.tours) {
    tour.stops.forEach((stop, i) => {
      const text = clauseText.get(stop.clause_id)
      if (text === undefined || text.includes(stop.quote_zh)) return
      const message = `quote ${clip(stop.quote_zh)} does not occur in clause ${stop.clause_id}`
      issues.push(issue(TOURS_FILE, tour.id, `stops[${i}].quote_zh`, message))
    })
  }
  for (const { properties: p } of dataset.sites) {
    if (!p.capacity) continue
    const cited = p.citations.map((id) => clauseText.get(id)).filter((t) => t !== undefined)
    if (cited.length === 0 || cited.some((text) => text.includes(p.capacity?.quote ?? ''))) continue
    const message = `capacity quote ${clip(p.capacity.quote)} does not occur in any cited clause (${p.citations.join(', ')})`
    issues.push(issue(GEODATA_FILES.sites, p.id, 'properties.capacity.quote', message))
  }
  return issues
}

const squash = (text: string) => text.replace(/\s+/g, '')

/** A site's `plan_term_zh` occurs in every clause it cites (whitespace ignored). */
function planTermIssues(dataset: Dataset, clauseText: Map<string, string>): CheckIssue[] {
  const issues: CheckIssue[] = []
  for (const { properties: p } of dataset.sites) {
    const term = p.plan_term_zh
    if (term === undefined) continue
    p.citations.forEach((clauseId, i) => {
      const text = clauseText.get(clauseId)
      if (text === undefined || squash(text).includes(squash(term))) return
      const message = `plan_term_zh ${clip(term)} does not occur in cited clause ${clauseId}; cite the clause that names the site`
      issues.push(issue(GEODATA_FILES.sites, p.id, `properties.citations[${i}]`, message))
    })
  }
  return issues
}

/** Text of every clause whose span is sound, by clause id. */
function clauseTexts(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string>()
  for (const clause of dataset.clauses) {
    const text = dataset.texts[clause.doc_id]
    if (text === undefined || spanProblem(clause, text)) continue
    texts.set(clause.id, text.slice(clause.start, clause.end))
  }
  return texts
}

function clip(quote: string): string {
  return JSON.stringify(quote.length > 40 ? `${quote.slice(0, 40)}…` : quote)
}
