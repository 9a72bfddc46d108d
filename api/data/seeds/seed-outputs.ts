import { createHash } from 'node:crypto'
import { type Clause, ClauseSchema, type DocId } from '../../domain/index.ts'
import { MFG21_HEADINGS_EN } from './headings-en-mfg21.ts'
import { NE18_HEADINGS_EN } from './headings-en-ne18.ts'
import { type NormalisedSeed, normaliseSeed, SEED_FILES, SEED_SHA256 } from './normalise-seed.ts'
import { parseClauses } from './parse-clauses.ts'
import { renderRepairsMarkdown } from './repairs-markdown.ts'

export const DOC_IDS: readonly DocId[] = ['ne18', 'mfg21']

const HEADINGS_EN: Readonly<Record<DocId, Readonly<Record<string, string>>>> = {
  ne18: NE18_HEADINGS_EN,
  mfg21: MFG21_HEADINGS_EN,
}

export interface SeedOutputs {
  seeds: NormalisedSeed[]
  clauses: Clause[]
  /** Generated files by path relative to the repository root, with their exact content. */
  files: Map<string, string>
}

/**
 * Builds every generated seed file from the originals. `readSeed` returns the original text of a
 * file in `seeds/` (as received; checked against its SHA-256). The same originals give
 * byte-identical files.
 */
export function buildSeedOutputs(readSeed: (fileName: string) => string): SeedOutputs {
  const files = new Map<string, string>()
  const seeds: NormalisedSeed[] = []
  const raws: { seed: NormalisedSeed; raw: string }[] = []
  const clauses: Clause[] = []
  for (const docId of DOC_IDS) {
    const raw = readSeed(SEED_FILES[docId])
    const sha256 = createHash('sha256').update(raw, 'utf8').digest('hex')
    if (sha256 !== SEED_SHA256[docId]) {
      throw new Error(
        `seeds/${SEED_FILES[docId]} is not the original as received (sha256 ${sha256})`,
      )
    }
    const seed = normaliseSeed(docId, raw)
    seeds.push(seed)
    raws.push({ seed, raw })
    files.set(`seeds/normalised/${SEED_FILES[docId]}`, seed.text)
    clauses.push(...parseClauses(docId, seed.text, HEADINGS_EN[docId]))
  }
  for (const clause of clauses) ClauseSchema.parse(clause)
  files.set('seeds/normalised/REPAIRS.md', renderRepairsMarkdown(raws))
  files.set('seeds/extracted/clauses.json', `${JSON.stringify(clauses, null, 2)}\n`)
  return { seeds, clauses, files }
}

/** One line per clause: id and the first 30 characters of its text (for `.work/clause-index.txt`). */
export function renderClauseIndex(outputs: SeedOutputs): string {
  const text = new Map(outputs.seeds.map((s) => [s.docId, s.text]))
  const lines = outputs.clauses.map((c) => {
    const body = (text.get(c.doc_id) ?? '').slice(c.start, c.end).replace(/\s+/g, ' ')
    return `${c.id}\t${c.label_zh}\t${body.slice(0, 30)}`
  })
  return `${lines.join('\n')}\n`
}
