import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { parkAndSiteFiles } from './place-files.ts'

const issue = issueMaker('place-sourced')

/**
 * Every park and site rests on a source: a cited plan clause, or a `source_url` (places that
 * editors add from other sources, e.g. by CSV import).
 */
export const placeSourced: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  for (const { file, features } of parkAndSiteFiles(dataset)) {
    for (const { properties: p } of features) {
      if (p.citations.length > 0 || p.source_url !== undefined) continue
      const message = 'cites no plan clause and gives no source_url: say where the place comes from'
      issues.push(issue(file, p.id, 'properties.source_url', message))
    }
  }
  return issues
}
