import type { DocId } from '../../domain/index.ts'
import { applyRepairs, type Repair } from './repair.ts'
import { MFG21_REPAIRS } from './repairs-mfg21.ts'
import { NE18_REPAIRS } from './repairs-ne18.ts'

/** Seed file (as received in `seeds/`, same name in `seeds/normalised/`) of each document. */
export const SEED_FILES: Readonly<Record<DocId, string>> = {
  ne18: '000_63db5ddb23c6906f.txt',
  mfg21: '003_d45e528f450152ee.txt',
}

/** SHA-256 of each original as received: the build refuses an edited original. */
export const SEED_SHA256: Readonly<Record<DocId, string>> = {
  ne18: 'e28cc3cf4fad5d7669dad2ac2fedb57631900df0c76fea8f9e780bc76c020cd6',
  mfg21: 'c0364388ff81084a872b25948ebc95caba96ea00022bd64f316756f31924b251',
}

/** The ordered repairs of each document, applied after NFKC. */
export const SEED_REPAIRS: Readonly<Record<DocId, readonly Repair[]>> = {
  ne18: NE18_REPAIRS,
  mfg21: MFG21_REPAIRS,
}

export interface NormalisedSeed {
  docId: DocId
  /** NFKC text with every repair applied. */
  text: string
  /** Code points of the original that NFKC replaced (e.g. Kangxi radical ⼈ → 人, ， → ,). */
  nfkcChangedChars: number
  repairs: readonly Repair[]
}

/** Counts the code points of `raw` that NFKC maps to something else. */
export function countNfkcChanges(raw: string): number {
  let changed = 0
  for (const ch of raw) if (ch.normalize('NFKC') !== ch) changed++
  return changed
}

/**
 * Normalises a seed text: `String.prototype.normalize('NFKC')`, then the document's explicit
 * repairs in order (each must match exactly once, else this throws). Pure and reproducible.
 * @example normaliseSeed('ne18', readFileSync('seeds/000_63db5ddb23c6906f.txt', 'utf8')).text
 */
export function normaliseSeed(docId: DocId, raw: string): NormalisedSeed {
  const repairs = SEED_REPAIRS[docId]
  const text = applyRepairs(raw.normalize('NFKC'), repairs, `${docId} (${SEED_FILES[docId]})`)
  return { docId, text, nfkcChangedChars: countNfkcChanges(raw), repairs }
}
