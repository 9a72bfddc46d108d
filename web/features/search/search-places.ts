import type { PlaceEntry, PlaceIndex } from '../../lib/places/place-index.ts'

const KIND_RANK = { site: 0, park: 1, district: 2 } as const

/** Lower-case, NFKC, no spaces or punctuation: "Lishen-Battery" and "lishen battery" meet. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '')
}

/**
 * Places whose Chinese or English name (or id) contains `query`; names that start with it
 * rank first, then sites before parks before districts, then shorter names.
 *
 * @example searchPlaces(index, '力神')[0]?.id // 'tianjin-lishen-battery'
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceEntry[] {
  const needle = normaliseForSearch(query)
  if (!needle) return []
  const scored: Array<{ entry: PlaceEntry; score: number }> = []
  for (const entry of index.values()) {
    const names = [entry.name_zh, entry.name_en, entry.id].map(normaliseForSearch)
    const at = names.map((name) => name.indexOf(needle)).filter((i) => i >= 0)
    if (at.length === 0) continue
    const prefix = at.includes(0) ? 0 : 1
    const length = Math.min(...names.map((n) => n.length))
    scored.push({ entry, score: prefix * 1e6 + KIND_RANK[entry.kind] * 1e4 + length })
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.entry)
}
