export interface TextPart {
  text: string
  /** Offset of the part in the whole text (a stable React key). */
  start: number
  match: boolean
}

/**
 * Splits `text` so that every occurrence of any of `terms` is its own part (longest first).
 *
 * @example highlightParts('支持力神扩产', ['力神']).map((p) => p.text) // ['支持', '力神', '扩产']
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const usable = [...new Set(terms.filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  )
  if (usable.length === 0) return [{ text, start: 0, match: false }]
  const escaped = usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(${escaped.join('|')})`, 'g')
  let start = 0
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => {
      const result = { text: part, start, match: usable.includes(part) }
      start += part.length
      return result
    })
}
