/** What a text repair fixes. */
export type RepairKind = 'duplicate-fragment' | 'stray-punctuation' | 'broken-line' | 'spacing'

/**
 * One explicit repair of a seed text: `find` must occur exactly once in the text at the point the
 * repair is applied (repairs apply in list order) and is replaced by `replace`.
 */
export interface Repair {
  id: string
  kind: RepairKind
  find: string
  replace: string
  reason: string
}

/** Builds a repair (keeps the repair lists one line per entry). */
export function repair(
  id: string,
  kind: RepairKind,
  find: string,
  replace: string,
  reason: string,
): Repair {
  return { id, kind, find, replace, reason }
}

/** Number of (non-overlapping) occurrences of `needle` in `text`. */
export function countOccurrences(text: string, needle: string): number {
  if (needle.length === 0) return 0
  let count = 0
  let from = text.indexOf(needle)
  while (from !== -1) {
    count++
    from = text.indexOf(needle, from + needle.length)
  }
  return count
}

/**
 * Applies `repairs` in order. Throws, naming the repair, if its `find` text does not occur
 * exactly once in the text as it stands when the repair is reached.
 */
export function applyRepairs(text: string, repairs: readonly Repair[], label: string): string {
  const seen = new Set<string>()
  let out = text
  for (const r of repairs) {
    if (seen.has(r.id)) throw new Error(`${label}: repair id "${r.id}" is listed twice`)
    seen.add(r.id)
    const n = countOccurrences(out, r.find)
    if (n !== 1) {
      throw new Error(
        `${label}: repair "${r.id}" (${r.kind}) must match exactly once but matched ${n} times: ${JSON.stringify(r.find)}`,
      )
    }
    const at = out.indexOf(r.find)
    out = out.slice(0, at) + r.replace + out.slice(at + r.find.length)
  }
  return out
}
