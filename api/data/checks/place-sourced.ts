import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('place-sourced')

/**
 * Every park and site rests on a source: a cited plan clause, or a `source_url` (places that
 * editors add from other sources, e.g. by CSV import).
 */
export const placeSourced: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  const places = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, p: f.properties })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, p: f.properties })),
  ]
  for (const { file, p } of places) {
    if (p.citations.length > 0 || p.source_url !== undefined) continue
    const message = 'cites no plan clause and gives no source_url: say where the place comes from'
    issues.push(issue(file, p.id, 'properties.source_url', message))
  }
  return issues
}
