import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('no-shared-geometries')

/**
 * No two parks share one geometry: the same outline or the same point drawn twice says two
 * places are one. A park inside another has extent `in-parent` and no geometry of its own.
 */
export const noSharedGeometries: CheckRule = (dataset) => {
  const seen = new Map<string, string>()
  const issues: CheckIssue[] = []
  for (const park of dataset.parks) {
    if (!park.geometry) continue
    const key = JSON.stringify(park.geometry)
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, park.properties.id)
      continue
    }
    const message = `has the same geometry as park "${first}"; a park inside another gets extent "in-parent" and no geometry`
    issues.push(issue(GEODATA_FILES.parks, park.properties.id, 'geometry', message))
  }
  return issues
}
