import { EXTRACTED_FILES, GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { districtSetIssues } from './district-set.ts'

const issue = issueMaker('unique-ids')

interface IdList {
  file: string
  field: string
  ids: string[]
}

/**
 * Ids are unique within each file (documents, clauses, sectors, chains, targets, project
 * batches, unplaced, parks, sites, infrastructure, tours) and link ids within each chain; a feature's
 * own `id` equals its `properties.id`; an entity has one id across parks, sites and unplaced;
 * district codes are Tianjin's 16, each once.
 */
export const uniqueIds: CheckRule = (dataset) => {
  const issues = idLists(dataset).flatMap(duplicateIssues)
  for (const chain of dataset.chains) {
    const seen = new Map<string, number>()
    chain.links.forEach((link, i) => {
      const first = seen.get(link.id)
      if (first === undefined) seen.set(link.id, i)
      else {
        const message = `link id ${JSON.stringify(link.id)} is already used by links[${first}]`
        issues.push(issue(EXTRACTED_FILES.chains, chain.id, `links[${i}].id`, message))
      }
    })
  }
  return [
    ...issues,
    ...featureIdIssues(dataset),
    ...crossKindIssues(dataset),
    ...districtSetIssues(dataset),
  ]
}

/** A feature's own `id`, when it has one, is its `properties.id` (viewers and maps read it). */
function featureIdIssues(dataset: Dataset): CheckIssue[] {
  const files = [
    { file: GEODATA_FILES.parks, features: dataset.parks },
    { file: GEODATA_FILES.sites, features: dataset.sites },
    { file: GEODATA_FILES.infrastructure, features: dataset.infrastructure },
  ]
  return files.flatMap(({ file, features }) =>
    features
      .filter((f) => f.id !== undefined && f.id !== f.properties.id)
      .map((f) => {
        const message = `feature id ${JSON.stringify(f.id)} differs from properties.id; give both the same id`
        return issue(file, f.properties.id, 'id', message)
      }),
  )
}

function idLists(dataset: Dataset): IdList[] {
  const extracted = (file: string, records: { id: string }[]) => ({
    file,
    field: 'id',
    ids: records.map((r) => r.id),
  })
  const geo = (file: string, features: { properties: { id: string } }[]) => ({
    file,
    field: 'properties.id',
    ids: features.map((f) => f.properties.id),
  })
  return [
    extracted(EXTRACTED_FILES.documents, dataset.documents),
    extracted(EXTRACTED_FILES.clauses, dataset.clauses),
    extracted(EXTRACTED_FILES.sectors, dataset.sectors),
    extracted(EXTRACTED_FILES.chains, dataset.chains),
    extracted(EXTRACTED_FILES.targets, dataset.targets),
    extracted(EXTRACTED_FILES.projectBatches, dataset.projectBatches),
    extracted(EXTRACTED_FILES.unplaced, dataset.unplaced),
    extracted(TOURS_FILE, dataset.tours),
    geo(GEODATA_FILES.parks, dataset.parks),
    geo(GEODATA_FILES.sites, dataset.sites),
    geo(GEODATA_FILES.infrastructure, dataset.infrastructure),
  ]
}

function duplicateIssues({ file, field, ids }: IdList): CheckIssue[] {
  const seen = new Map<string, number>()
  const issues: CheckIssue[] = []
  ids.forEach((id, index) => {
    const first = seen.get(id)
    if (first === undefined) seen.set(id, index)
    else
      issues.push(
        issue(file, id, field, `id is already used by record #${first} (this is #${index})`),
      )
  })
  return issues
}

/** One entity, one id: a park, site or unplaced entity may not share an id with another kind. */
function crossKindIssues(dataset: Dataset): CheckIssue[] {
  const kinds: IdList[] = [
    {
      file: GEODATA_FILES.parks,
      field: 'properties.id',
      ids: dataset.parks.map((f) => f.properties.id),
    },
    {
      file: GEODATA_FILES.sites,
      field: 'properties.id',
      ids: dataset.sites.map((f) => f.properties.id),
    },
    { file: EXTRACTED_FILES.unplaced, field: 'id', ids: dataset.unplaced.map((u) => u.id) },
  ]
  const owner = new Map<string, string>()
  const issues: CheckIssue[] = []
  for (const { file, field, ids } of kinds) {
    for (const id of new Set(ids)) {
      const other = owner.get(id)
      if (other === undefined) owner.set(id, file)
      else issues.push(issue(file, id, field, `id is also used in ${other} (one entity, one id)`))
    }
  }
  return issues
}
