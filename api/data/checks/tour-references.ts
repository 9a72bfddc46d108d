import { EXTRACTED_FILES, GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { notIn, type ReferenceSets } from './reference-sets.ts'

const issue = issueMaker('references-exist')

/**
 * References of tour stops: the place it flies to (a park or a site, by `place.kind`), the
 * sector or chain it stands for (by `subject.kind`) and its target, when it names one.
 */
export function tourReferenceIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const sites = refs.namedSites
  const chains = new Set(dataset.chains.map((c) => c.id))
  const targets = new Set(dataset.targets.map((t) => t.id))
  const issues: CheckIssue[] = []
  for (const tour of dataset.tours) {
    tour.stops.forEach((stop, i) => {
      const at = (field: string, message: string) =>
        issues.push(issue(TOURS_FILE, tour.id, `stops[${i}].${field}`, message))
      const { place, subject } = stop
      if (place.kind === 'park' && !refs.parks.has(place.id)) {
        at('place.id', notIn('park', place.id, GEODATA_FILES.parks))
      }
      if (place.kind === 'site' && !sites.has(place.id)) {
        at('place.id', notIn('site', place.id, GEODATA_FILES.sites))
      }
      if (subject.kind === 'sector' && !refs.sectors.has(subject.id)) {
        at('subject.id', notIn('sector', subject.id, EXTRACTED_FILES.sectors))
      }
      if (subject.kind === 'chain' && !chains.has(subject.id)) {
        at('subject.id', notIn('chain', subject.id, EXTRACTED_FILES.chains))
      }
      if (stop.target_id !== undefined && !targets.has(stop.target_id)) {
        at('target_id', notIn('target', stop.target_id, EXTRACTED_FILES.targets))
      }
    })
  }
  return issues
}
