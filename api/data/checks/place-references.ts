import type { PlaceProperties } from '../../domain/index.ts'
import { EXTRACTED_FILES, GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { chainLinkProblem, notIn, type ReferenceSets } from './reference-sets.ts'

const issue = issueMaker('references-exist')

/**
 * References of parks, sites and infrastructure: sector ids, plan (document) ids, chain-link
 * refs, the park of a site and the claimed district code.
 */
export function placeReferenceIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const issues: CheckIssue[] = []
  const places: { file: string; p: PlaceProperties }[] = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, p: f.properties })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, p: f.properties })),
  ]
  for (const { file, p } of places) {
    p.sectors.forEach((sector, i) => {
      if (refs.sectors.has(sector)) return
      const message = notIn('sector', sector, EXTRACTED_FILES.sectors)
      issues.push(issue(file, p.id, `properties.sectors[${i}]`, message))
    })
    p.plans.forEach((docId, i) => {
      if (refs.documents.has(docId)) return
      const message = notIn('document', docId, EXTRACTED_FILES.documents)
      issues.push(issue(file, p.id, `properties.plans[${i}]`, message))
    })
    p.chain_links.forEach((ref, i) => {
      const problem = chainLinkProblem(refs, ref)
      if (problem) issues.push(issue(file, p.id, `properties.chain_links[${i}]`, problem))
    })
  }
  for (const { properties: p } of dataset.sites) {
    if (p.park_id === null || refs.parks.has(p.park_id)) continue
    const message = notIn('park', p.park_id, GEODATA_FILES.parks)
    issues.push(issue(GEODATA_FILES.sites, p.id, 'properties.park_id', message))
  }
  const placed = [
    ...places,
    ...dataset.infrastructure.map((f) => ({ file: GEODATA_FILES.infrastructure, p: f.properties })),
  ]
  for (const { file, p } of placed) {
    if (refs.districts.has(p.district_code)) continue
    const message = notIn('district', p.district_code, GEODATA_FILES.districts)
    issues.push(issue(file, p.id, 'properties.district_code', message))
  }
  return issues
}
