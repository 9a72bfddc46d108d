import { EXTRACTED_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('equivalences-resolve')
const file = EXTRACTED_FILES.chainEquivalences

/**
 * Chain equivalences reference links that exist (`<chain>/<link>` of `chains.json`); a link
 * is not its own equivalent, names an equivalent once, and has one entry.
 */
export const equivalencesResolve: CheckRule = (dataset) => {
  const links = new Set(dataset.chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`)))
  const seen = new Set<string>()
  const issues: CheckIssue[] = []
  dataset.chainEquivalences.forEach((e, i) => {
    const id = e.link
    if (!links.has(e.link))
      issues.push(
        issue(
          file,
          id,
          `[${i}].link`,
          `link "${e.link}" is not a link of ${EXTRACTED_FILES.chains}`,
        ),
      )
    if (seen.has(e.link))
      issues.push(issue(file, id, `[${i}].link`, `link "${e.link}" has another entry; merge them`))
    seen.add(e.link)
    const named = new Set<string>()
    e.also_satisfied_by.forEach((ref, j) => {
      const field = `[${i}].also_satisfied_by[${j}]`
      if (!links.has(ref))
        issues.push(
          issue(file, id, field, `link "${ref}" is not a link of ${EXTRACTED_FILES.chains}`),
        )
      else if (ref === e.link)
        issues.push(issue(file, id, field, 'a link is not its own equivalent'))
      else if (named.has(ref)) issues.push(issue(file, id, field, `"${ref}" is named twice`))
      named.add(ref)
    })
  })
  return issues
}
