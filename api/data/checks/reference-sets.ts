import { EXTRACTED_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'

/** Lookups of every id other records may point at. */
export interface ReferenceSets {
  sectors: ReadonlySet<string>
  documents: ReadonlySet<string>
  clauses: ReadonlyMap<string, Dataset['clauses'][number]>
  parks: ReadonlySet<string>
  /**
   * The site ids aliases and tour stops name that a site has: the only site ids looked up,
   * so a million sites are scanned once, not put in a set.
   */
  namedSites: ReadonlySet<string>
  districts: ReadonlySet<string>
  /** Link ids by chain id. */
  chainLinks: ReadonlyMap<string, ReadonlySet<string>>
  /** Every `<chainId>/<linkId>` that resolves. */
  linkRefs: ReadonlySet<string>
}

export function referenceSets(dataset: Dataset): ReferenceSets {
  return {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    documents: new Set<string>(dataset.documents.map((d) => d.id)),
    clauses: new Map(dataset.clauses.map((c) => [c.id, c])),
    parks: new Set(dataset.parks.map((f) => f.properties.id)),
    namedSites: namedSites(dataset),
    districts: new Set(dataset.districts.map((f) => f.properties.code)),
    chainLinks: new Map(dataset.chains.map((c) => [c.id, new Set(c.links.map((l) => l.id))])),
    linkRefs: new Set(dataset.chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`))),
  }
}

function namedSites(dataset: Dataset): Set<string> {
  const named = new Set<string>()
  for (const { place } of dataset.aliases) if (place.kind === 'site') named.add(place.id)
  for (const tour of dataset.tours) {
    for (const { place } of tour.stops) if (place.kind === 'site') named.add(place.id)
  }
  const found = new Set<string>()
  if (named.size === 0) return found
  for (const { properties: p } of dataset.sites) if (named.has(p.id)) found.add(p.id)
  return found
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
  if (refs.linkRefs.has(ref)) return undefined // ids have no "/", so it splits as below
  const [chainId = '', linkId = ''] = ref.split('/')
  const links = refs.chainLinks.get(chainId)
  if (!links) return notIn('chain', chainId, EXTRACTED_FILES.chains)
  if (links.has(linkId)) return undefined
  return `chain ${chainId} has no link ${JSON.stringify(linkId)} (links: ${[...links].join(', ')})`
}
