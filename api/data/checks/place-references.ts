import { EXTRACTED_FILES, GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { parkAndSiteFiles, placeFiles } from './place-files.ts'
import { chainLinkProblem, notIn, type ReferenceSets } from './reference-sets.ts'

const issue = issueMaker('references-exist')

/**
 * References of parks, sites and infrastructure: sector ids, plan (document) ids, chain-link
 * refs, the park of a site and the claimed district code.
 */
export function placeReferenceIssues(dataset: Dataset, refs: ReferenceSets): CheckIssue[] {
  const issues: CheckIssue[] = []
  for (const { file, features } of parkAndSiteFiles(dataset)) {
    for (const { properties: p } of features) {
      for (let i = 0; i < p.sectors.length; i++) {
        const sector = p.sectors[i] as string
        if (refs.sectors.has(sector)) continue
        const message = notIn('sector', sector, EXTRACTED_FILES.sectors)
        issues.push(issue(file, p.id, `properties.sectors[${i}]`, message))
      }
      for (let i = 0; i < p.plans.length; i++) {
        const docId = p.plans[i] as string
        if (refs.documents.has(docId)) continue
        const message = notIn('document', docId, EXTRACTED_FILES.documents)
        issues.push(issue(file, p.id, `properties.plans[${i}]`, message))
      }
      for (let i = 0; i < p.chain_links.length; i++) {
        const problem = chainLinkProblem(refs, p.chain_links[i] as string)
        if (problem) issues.push(issue(file, p.id, `properties.chain_links[${i}]`, problem))
      }
    }
  }
  for (const { properties: p } of dataset.sites) {
    if (p.park_id === null || refs.parks.has(p.park_id)) continue
    const message = notIn('park', p.park_id, GEODATA_FILES.parks)
    issues.push(issue(GEODATA_FILES.sites, p.id, 'properties.park_id', message))
  }
  for (const { file, features } of placeFiles(dataset)) {
    for (const { properties: p } of features) {
      if (refs.districts.has(p.district_code)) continue
      const message = notIn('district', p.district_code, GEODATA_FILES.districts)
      issues.push(issue(file, p.id, 'properties.district_code', message))
    }
  }
  return issues
}
