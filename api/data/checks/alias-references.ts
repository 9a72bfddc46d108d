import { ALIASES_FILE, GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { notIn, type ReferenceSets } from './reference-sets.ts'

const issue = issueMaker('references-exist')

/** The place of each alias (`geodata/aliases.json`) exists, and no place has two entries. */
export function aliasReferenceIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const ids = {
    district: refs.districts,
    park: refs.parks,
    site: refs.namedSites,
    infrastructure: new Set(dataset.infrastructure.map((f) => f.properties.id)),
  }
  const files = {
    district: GEODATA_FILES.districts,
    park: GEODATA_FILES.parks,
    site: GEODATA_FILES.sites,
    infrastructure: GEODATA_FILES.infrastructure,
  }
  const seen = new Set<string>()
  return dataset.aliases.flatMap(({ place }) => {
    const key = `${place.kind}:${place.id}`
    if (!ids[place.kind].has(place.id)) {
      return [issue(ALIASES_FILE, key, 'place.id', notIn(place.kind, place.id, files[place.kind]))]
    }
    if (seen.has(key)) return [issue(ALIASES_FILE, key, 'place', 'listed twice: merge the entries')]
    seen.add(key)
    return []
  })
}
