import { GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('target-in-clause')

const squash = (text: string) => text.replace(/\s+/g, '')

/**
 * Quotes of places and tours occur in their clauses (`clauseText`: text by clause id): a
 * site's `capacity.quote` in one of the clauses it cites, its `plan_term_zh` in every clause it
 * cites (whitespace ignored), a tour stop's `quote_zh` in its clause word for word.
 */
export function placeQuoteIssues(
  dataset: Dataset,
  clauseText: ReadonlyMap<string, string>,
): CheckIssue[] {
  const issues: CheckIssue[] = []
  for (const { properties: p } of dataset.sites) {
    const term = p.plan_term_zh
    p.citations.forEach((clauseId, i) => {
      const text = clauseText.get(clauseId)
      if (term === undefined || text === undefined || squash(text).includes(squash(term))) return
      const message = `plan_term_zh ${clip(term)} does not occur in cited clause ${clauseId}; cite the clause that names the site`
      issues.push(issue(GEODATA_FILES.sites, p.id, `properties.citations[${i}]`, message))
    })
  }
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

/** A quote as printed in messages, cut at 40 characters. */
export function clip(quote: string): string {
  return JSON.stringify(quote.length > 40 ? `${quote.slice(0, 40)}…` : quote)
}
