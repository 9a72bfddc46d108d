import type { SearchEntry, SearchKind } from './search-entry.ts'

/** Order of kinds when matches are equally good: areas people name first, then the rest. */
const KIND_RANK: Record<SearchKind, number> = {
  district: 0,
  sector: 1,
  chain: 2,
  infrastructure: 3,
  park: 4,
  site: 5,
  link: 6,
}

/** Rank of a match through a related name (after every name or alias match). */
const RELATED_TIER = 5
/** Added to the rank of chain links, which come after places found through their sector. */
const LINK_PENALTY = 6

/** How an entry matched, best first. */
export type MatchKind = 'name' | 'alias' | 'related'

export interface SearchHit {
  entry: SearchEntry
  match: MatchKind
  /** The related name that matched (for `related` hits: "in Hydrogen and fuel cells"). */
  via?: { name_zh: string; name_en: string }
}

/** Lower-case, NFKC, no spaces or punctuation: "Lishen-Battery" and "lishen battery" meet. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/** The query's words, each normalised ("tianjin port" → ["tianjin", "port"]). */
function words(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s,，、/]+/)
    .map(normaliseForSearch)
    .filter((w) => w.length > 0)
}

const CITY_PREFIX = /^(天津市|天津)/

/**
 * How well `texts` match the query: 0 one equals it, 1 one starts with it (also after a
 * leading 天津), 2 one contains it, 3 every word of the query is in one; null otherwise.
 */
function quality(texts: readonly string[], needle: string, queryWords: string[]): number | null {
  let best: number | null = null
  for (const text of texts) {
    const t = normaliseForSearch(text)
    const bare = normaliseForSearch(text.replace(CITY_PREFIX, ''))
    const q =
      t === needle || bare === needle
        ? 0
        : t.startsWith(needle) || bare.startsWith(needle)
          ? 1
          : t.includes(needle)
            ? 2
            : queryWords.length > 1 && queryWords.every((w) => t.includes(w))
              ? 3
              : null
    if (q !== null && (best === null || q < best)) best = q
  }
  return best
}

/**
 * Entries matching `query` by name (Chinese or English), alias, or — with less weight — the
 * name of a sector or chain link they belong to. Ranked by how well they match (equal before
 * prefix before contained before all words; a name before an alias as good; related names
 * last), chain links after every place, then by kind (districts, sectors, chains,
 * infrastructure, parks, sites), then shorter names first.
 *
 * @example searchEntries(entries, '氢能')[0]?.entry.kind // 'sector'
 */
export function searchEntries(
  entries: Iterable<SearchEntry>,
  query: string,
  limit = 10,
): SearchHit[] {
  const needle = normaliseForSearch(query)
  if (!needle) return []
  const queryWords = words(query)
  const scored: Array<{ hit: SearchHit; score: number }> = []
  for (const entry of entries) {
    const names = [entry.name_zh, entry.name_en]
    const byName = quality(names, needle, queryWords)
    const byAlias = quality(entry.aliases, needle, queryWords)
    const direct = Math.min(byName ?? 99, byAlias === null ? 99 : byAlias + 0.5)
    const via =
      direct === 99
        ? entry.related.find((r) => quality([r.name_zh, r.name_en], needle, queryWords) !== null)
        : undefined
    if (direct === 99 && !via) continue
    const match: MatchKind = direct === 99 ? 'related' : byName === direct ? 'name' : 'alias'
    // Links are the most specific answer: after every place found through its sector.
    const tier =
      (direct === 99 ? RELATED_TIER : direct) + (entry.kind === 'link' ? LINK_PENALTY : 0)
    const length = Math.min(...names.map((n) => normaliseForSearch(n).length))
    scored.push({
      hit: via ? { entry, match, via } : { entry, match },
      score: tier * 1e6 + KIND_RANK[entry.kind] * 1e3 + Math.min(length, 999),
    })
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.hit)
}
