import { readJsonIfExists } from './geojson-file.ts'

interface PlaceRefs {
  id: string
  citations: string[]
  sectors: string[]
  chain_links: string[]
}

interface ExtractedRefs {
  clauses: { id: string; parent_id: string | null }[] | null
  sectors: { id: string }[] | null
  chains: { id: string; links: { id: string }[] }[] | null
}

/** Reads the extracted seed files a place refers to; a file not yet written is `null`. */
export function readExtractedRefs(): ExtractedRefs {
  return {
    clauses: readJsonIfExists('seeds/extracted/clauses.json'),
    sectors: readJsonIfExists('seeds/extracted/sectors.json'),
    chains: readJsonIfExists('seeds/extracted/chains.json'),
  }
}

/**
 * Problems with the references of places: citations that are not leaf clauses of
 * `clauses.json`, sector ids missing from `sectors.json`, chain-link refs missing from
 * `chains.json`. Files not yet written are skipped and named in `skipped`.
 */
export function referenceProblems(
  places: PlaceRefs[],
  refs: ExtractedRefs,
): { problems: string[]; skipped: string[] } {
  const problems: string[] = []
  const skipped: string[] = []
  if (refs.clauses) {
    const ids = new Set(refs.clauses.map((c) => c.id))
    const parents = new Set(refs.clauses.map((c) => c.parent_id))
    for (const p of places) {
      for (const c of p.citations) {
        if (!ids.has(c)) problems.push(`${p.id}: citation ${c} is not in clauses.json`)
        else if (parents.has(c)) problems.push(`${p.id}: citation ${c} is not a leaf clause`)
      }
    }
  } else skipped.push('clauses.json')
  if (refs.sectors) {
    const ids = new Set(refs.sectors.map((s) => s.id))
    for (const p of places) {
      for (const s of p.sectors) if (!ids.has(s)) problems.push(`${p.id}: unknown sector ${s}`)
    }
  } else skipped.push('sectors.json')
  if (refs.chains) {
    const links = new Set(refs.chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`)))
    for (const p of places) {
      for (const l of p.chain_links)
        if (!links.has(l)) problems.push(`${p.id}: unknown chain link ${l}`)
    }
  } else skipped.push('chains.json')
  return { problems, skipped }
}
