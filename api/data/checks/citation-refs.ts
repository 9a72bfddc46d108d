import { EXTRACTED_FILES, GEODATA_FILES, TOURS_FILE } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'

/** One place a record cites a clause. */
export interface CitationRef {
  file: string
  id: string
  field: string
  clauseId: string
}

/**
 * Every clause citation in the dataset: `citations` of sectors, chains, chain links, parks,
 * sites and unplaced entities, and the `clause_id` of targets, project batches, tours and tour
 * stops.
 */
export function citationRefs(dataset: Dataset): CitationRef[] {
  const refs: CitationRef[] = []
  const cite = (file: string, id: string, field: string, clauseIds: readonly string[]) => {
    clauseIds.forEach((clauseId, i) => {
      refs.push({ file, id, field: `${field}[${i}]`, clauseId })
    })
  }
  for (const s of dataset.sectors) cite(EXTRACTED_FILES.sectors, s.id, 'citations', s.citations)
  for (const c of dataset.chains) {
    cite(EXTRACTED_FILES.chains, c.id, 'citations', c.citations)
    c.links.forEach((link, i) => {
      cite(EXTRACTED_FILES.chains, c.id, `links[${i}].citations`, link.citations)
    })
  }
  for (const f of dataset.parks) {
    cite(GEODATA_FILES.parks, f.properties.id, 'properties.citations', f.properties.citations)
  }
  for (const f of dataset.sites) {
    cite(GEODATA_FILES.sites, f.properties.id, 'properties.citations', f.properties.citations)
  }
  for (const u of dataset.unplaced) cite(EXTRACTED_FILES.unplaced, u.id, 'citations', u.citations)
  for (const t of dataset.targets) {
    refs.push({
      file: EXTRACTED_FILES.targets,
      id: t.id,
      field: 'clause_id',
      clauseId: t.clause_id,
    })
  }
  for (const tour of dataset.tours) {
    refs.push({ file: TOURS_FILE, id: tour.id, field: 'clause_id', clauseId: tour.clause_id })
    tour.stops.forEach((stop, i) => {
      refs.push({
        file: TOURS_FILE,
        id: tour.id,
        field: `stops[${i}].clause_id`,
        clauseId: stop.clause_id,
      })
    })
  }
  for (const b of dataset.projectBatches) {
    const file = EXTRACTED_FILES.projectBatches
    refs.push({ file, id: b.id, field: 'clause_id', clauseId: b.clause_id })
  }
  return refs
}
