/**
 * The documents (0 … `docCount` − 1, added in increasing order) that hold one n-gram: a sorted
 * id list while few do, a bitset once more than 1 in 32 do (then the bitset is smaller). So a
 * gram every document holds costs `docCount / 8` bytes, never 4 bytes a document.
 */
export class GramPostings {
  private ids: Uint32Array | null = new Uint32Array(4)
  private bits: Uint8Array | null = null
  private last = -1
  /** How many documents hold the gram. */
  size = 0

  constructor(private readonly docCount: number) {}

  /** Records that document `doc` holds the gram (again for the same doc: no-op). */
  add(doc: number): void {
    if (doc === this.last) return
    this.last = doc
    this.size += 1
    if (this.bits) {
      this.bits[doc >>> 3] = (this.bits[doc >>> 3] ?? 0) | (1 << (doc & 7))
      return
    }
    let ids = this.ids as Uint32Array
    if (this.size > ids.length) {
      if (this.size * 32 > this.docCount) {
        this.toBits(ids, doc)
        return
      }
      const grown = new Uint32Array(Math.min(ids.length * 2, Math.ceil(this.docCount / 32) + 1))
      grown.set(ids)
      ids = grown
      this.ids = grown
    }
    ids[this.size - 1] = doc
  }

  private toBits(ids: Uint32Array, doc: number): void {
    const bits = new Uint8Array(Math.ceil(this.docCount / 8))
    for (let i = 0; i < this.size - 1; i++) {
      const d = ids[i] as number
      bits[d >>> 3] = (bits[d >>> 3] ?? 0) | (1 << (d & 7))
    }
    bits[doc >>> 3] = (bits[doc >>> 3] ?? 0) | (1 << (doc & 7))
    this.bits = bits
    this.ids = null
  }

  /** Drops the unused tail of the id list once every document is added. */
  seal(): void {
    if (this.ids && this.ids.length > this.size) this.ids = this.ids.slice(0, this.size)
  }

  /** Whether document `doc` holds the gram. */
  has(doc: number): boolean {
    if (this.bits) return ((this.bits[doc >>> 3] ?? 0) & (1 << (doc & 7))) !== 0
    const ids = this.ids as Uint32Array
    let lo = 0
    let hi = this.size - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const v = ids[mid] as number
      if (v === doc) return true
      if (v < doc) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  /** Every document that holds the gram, in increasing order. */
  *docs(): Generator<number> {
    if (this.ids) {
      for (let i = 0; i < this.size; i++) yield this.ids[i] as number
      return
    }
    const bits = this.bits as Uint8Array
    for (let byte = 0; byte < bits.length; byte++) {
      const b = bits[byte] as number
      if (b === 0) continue
      for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) yield byte * 8 + bit
    }
  }

  /** Bytes its list or bitset holds. */
  get bytes(): number {
    return this.ids ? this.ids.byteLength : (this.bits as Uint8Array).byteLength
  }
}
