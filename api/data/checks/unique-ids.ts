import { EXTRACTED_FILES, GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { districtSetIssues } from './district-set.ts'
import { placeFiles } from './place-files.ts'

const issue = issueMaker('unique-ids')

/**
 * Ids are unique within each file (documents, clauses, sectors, chains, targets, project
 * batches, unplaced, parks, sites, infrastructure, tours) and link ids within each chain; a feature's
 * own `id` equals its `properties.id`; an entity has one id across parks, sites and unplaced;
 * district codes are Tianjin's 16, each once.
 */
export const uniqueIds: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  let siteIndex: ReadonlyMap<string, number> = new Map()
  for (const list of idLists(dataset)) {
    const firstIndex = duplicateIssues(list, issues)
    if (list.file === GEODATA_FILES.sites) siteIndex = firstIndex
  }
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
    ...crossKindIssues(dataset, siteIndex),
    ...districtSetIssues(dataset),
  ]
}

/** A feature's own `id`, when it has one, is its `properties.id` (viewers and maps read it). */
function featureIdIssues(dataset: Dataset): CheckIssue[] {
  const issues: CheckIssue[] = []
  for (const { file, features } of placeFiles(dataset)) {
    for (const f of features) {
      if (f.id === undefined || f.id === f.properties.id) continue
      const message = `feature id ${JSON.stringify(f.id)} differs from properties.id; give both the same id`
      issues.push(issue(file, f.properties.id, 'id', message))
    }
  }
  return issues
}

/** A file whose ids must be unique: how many records, and the id of record `i`. */
interface IdList {
  file: string
  field: string
  count: number
  idAt: (i: number) => string
}

function idLists(dataset: Dataset): IdList[] {
  const extracted = (file: string, records: readonly { id: string }[]) => ({
    file,
    field: 'id',
    count: records.length,
    idAt: (i: number) => (records[i] as { id: string }).id,
  })
  const geo = (file: string, features: readonly { properties: { id: string } }[]) => ({
    file,
    field: 'properties.id',
    count: features.length,
    idAt: (i: number) => (features[i] as { properties: { id: string } }).properties.id,
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
    ...placeFiles(dataset).map(({ file, features }) => geo(file, features)),
  ]
}

/** Pushes an issue for each repeated id; returns each id's first record index. */
function duplicateIssues(
  { file, field, count, idAt }: IdList,
  issues: CheckIssue[],
): Map<string, number> {
  const seen = new Map<string, number>()
  for (let index = 0; index < count; index++) {
    const id = idAt(index)
    const first = seen.get(id)
    if (first === undefined) seen.set(id, index)
    else
      issues.push(
        issue(file, id, field, `id is already used by record #${first} (this is #${index})`),
      )
  }
  return seen
}

/**
 * One entity, one id: a park, site or unplaced entity may not share an id with another kind
 * (reported on the later of parks, sites, unplaced; each id once). `siteIndex` is the first
 * index of each site id (from `duplicateIssues`), so the sites are not put in a set again.
 */
function crossKindIssues(dataset: Dataset, siteIndex: ReadonlyMap<string, number>): CheckIssue[] {
  const parks = new Set(dataset.parks.map((f) => f.properties.id))
  const issues: CheckIssue[] = []
  const also = `id is also used in ${GEODATA_FILES.parks} (one entity, one id)`
  dataset.sites.forEach(({ properties: { id } }, i) => {
    if (siteIndex.get(id) === i && parks.has(id))
      issues.push(issue(GEODATA_FILES.sites, id, 'properties.id', also))
  })
  for (const id of new Set(dataset.unplaced.map((u) => u.id))) {
    const other = parks.has(id)
      ? GEODATA_FILES.parks
      : siteIndex.has(id)
        ? GEODATA_FILES.sites
        : undefined
    if (other === undefined) continue
    const message = `id is also used in ${other} (one entity, one id)`
    issues.push(issue(EXTRACTED_FILES.unplaced, id, 'id', message))
  }
  return issues
}
