import type { CheckIssue } from './checks/check-issue.ts'

/**
 * One issue as one line: `file · id · field: message [rule]`
 * (an empty id, e.g. for a whole-file problem, prints as `*`; an empty file or field, e.g. a
 * check that failed to run, as `(dataset)` / `(all)`).
 * @example formatIssue(issue) // "geodata/sites.geojson · catarc · properties.district_code: … [in-claimed-district]"
 */
export function formatIssue(issue: CheckIssue): string {
  return `${issue.file || '(dataset)'} · ${issue.id || '*'} · ${issue.field || '(all)'}: ${issue.message} [${issue.rule}]`
}
