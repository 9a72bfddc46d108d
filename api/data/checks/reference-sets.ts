import { EXTRACTED_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'

/** Lookups of every id other records may point at. */
export interface ReferenceSets {
  sectors: ReadonlySet<string>
  documents: ReadonlySet<string>
  clauses: ReadonlyMap<string, Dataset['clauses'][number]>
  parks: ReadonlySet<string>
  districts: ReadonlySet<string>
  /** Link ids by chain id. */
  chainLinks: ReadonlyMap<string, ReadonlySet<string>>
}

export function referenceSets(dataset: Dataset): ReferenceSets {
  return {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    documents: new Set<string>(dataset.documents.map((d) => d.id)),
    clauses: new Map(dataset.clauses.map((c) => [c.id, c])),
    parks: new Set(dataset.parks.map((f) => f.properties.id)),
    districts: new Set(dataset.districts.map((f) => f.properties.code)),
    chainLinks: new Map(dataset.chains.map((c) => [c.id, new Set(c.links.map((l) => l.id))])),
  }
}

/** `sector "x" is not in seeds/extracted/sectors.json` */
export function notIn(kind: string, id: string, file: string): string {
  return `${kind} ${JSON.stringify(id)} is not in ${file}`
}

/** The document id a clause id starts with: `ne18-3.4.2` → `ne18`. */
export function clauseDocId(clauseId: string): string {
  return clauseId.slice(0, clauseId.indexOf('-'))
}

/** Why a `<chainId>/<linkId>` ref does not resolve, or `undefined` when it does. */
export function chainLinkProblem(refs: ReferenceSets, ref: string): string | undefined {
  const [chainId = '', linkId = ''] = ref.split('/')
  const links = refs.chainLinks.get(chainId)
  if (!links) return notIn('chain', chainId, EXTRACTED_FILES.chains)
  if (links.has(linkId)) return undefined
  return `chain ${chainId} has no link ${JSON.stringify(linkId)} (links: ${[...links].join(', ')})`
}
