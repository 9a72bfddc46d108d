import { nameContains, normaliseSearch } from '../domain/search-text.ts'
import { GramPostings } from './gram-postings.ts'

/** Longest n-gram indexed: trigrams (Latin words), also bigrams and single characters (CJK). */
const MAX_GRAM = 3

type Named = { properties: { name_zh: string; name_en: string } }

/** A gram of 1–3 UTF-16 code units as one number (each unit + 1, base 65,537: < 2^53). */
function gramKey(text: string, start: number, length: number): number {
  let key = 0
  for (let i = start; i < start + length; i++) key = key * 65_537 + text.charCodeAt(i) + 1
  return key
}

/**
 * An n-gram inverted index over the normalised (`normaliseSearch`) Chinese and English names of
 * `docs`: every substring of 1–3 UTF-16 code units maps to the documents holding it. It answers
 * exactly what `normaliseSearch(name).includes(q)` over every document answers, in document
 * order: a query of ≤ 3 units is itself a gram (its list is the answer); a longer one takes the
 * rarest of its trigrams, keeps the documents holding all of them and checks each survivor with
 * `nameContains`. It can be built in slices (`buildFor`, so a server can build it between
 * requests); `find` first completes whatever is left. Hand-written: MiniSearch and FlexSearch
 * index words (prefixes, fuzzy or per-word partials), so a query across a space or inside a
 * Chinese name without spaces would answer differently from the substring scan `q` has always
 * meant (and `total` counts).
 *
 * @example
 * const index = new NameSearchIndex(sites)
 * index.find('lishen') // [site whose name_en is 'Tianjin Lishen Battery', …]
 */
export class NameSearchIndex<T extends Named> {
  private readonly grams = new Map<number, GramPostings>()
  /** The next document to add; `docs.length` once all are in (then the lists are sealed). */
  private nextDoc = 0
  private sealed = false

  /** Builds the whole index now, or with `{ deferred: true }` leaves it to `buildFor`/`find`. */
  constructor(
    private readonly docs: readonly T[],
    options: { deferred?: boolean } = {},
  ) {
    if (!options.deferred) this.buildFor(Number.POSITIVE_INFINITY)
  }

  /** Whether every document is in and the lists are sealed. */
  get built(): boolean {
    return this.sealed
  }

  /**
   * Adds documents for about `ms` milliseconds (the clock is read every 512 documents), seals
   * the lists once the last is in, and says whether the index is complete.
   */
  buildFor(ms: number): boolean {
    const deadline = performance.now() + ms
    const count = this.docs.length
    while (this.nextDoc < count) {
      const end = Math.min(count, this.nextDoc + 512)
      for (let doc = this.nextDoc; doc < end; doc++) {
        const { name_zh, name_en } = (this.docs[doc] as T).properties
        this.addText(doc, normaliseSearch(name_zh))
        this.addText(doc, normaliseSearch(name_en))
      }
      this.nextDoc = end
      if (end < count && performance.now() >= deadline) return false
    }
    if (!this.sealed) {
      for (const postings of this.grams.values()) postings.seal()
      this.sealed = true
    }
    return true
  }

  private addText(doc: number, text: string): void {
    for (let start = 0; start < text.length; start++) {
      for (let length = 1; length <= MAX_GRAM && start + length <= text.length; length++) {
        const key = gramKey(text, start, length)
        let postings = this.grams.get(key)
        if (!postings) {
          postings = new GramPostings(this.docs.length)
          this.grams.set(key, postings)
        }
        postings.add(doc)
      }
    }
  }

  /**
   * The documents whose normalised Chinese or English name contains `q` (already normalised
   * with `normaliseSearch`, non-empty), in document order.
   */
  find(q: string): T[] {
    this.buildFor(Number.POSITIVE_INFINITY)
    if (q.length <= MAX_GRAM) {
      return [...(this.grams.get(gramKey(q, 0, q.length))?.docs() ?? [])].map((d) => this.doc(d))
    }
    const lists: GramPostings[] = []
    for (let start = 0; start + MAX_GRAM <= q.length; start++) {
      const postings = this.grams.get(gramKey(q, start, MAX_GRAM))
      if (!postings) return []
      lists.push(postings)
    }
    lists.sort((a, b) => a.size - b.size)
    const [rarest, ...others] = lists as [GramPostings, ...GramPostings[]]
    const found: T[] = []
    for (const d of rarest.docs()) {
      if (!others.every((p) => p.has(d))) continue
      const doc = this.doc(d)
      if (nameContains(doc.properties, q)) found.push(doc)
    }
    return found
  }

  private doc(index: number): T {
    return this.docs[index] as T
  }

  /**
   * Distinct grams, (gram, document) pairs, and the bytes their lists and bitsets hold
   * (without the map's own).
   */
  get size(): { grams: number; pairs: number; bytes: number } {
    let bytes = 0
    let pairs = 0
    for (const postings of this.grams.values()) {
      bytes += postings.bytes
      pairs += postings.size
    }
    return { grams: this.grams.size, pairs, bytes }
  }
}
