/**
 * Search normalisation of the API's `q`: NFKC, lower case, trimmed.
 *
 * @example normaliseSearch('  ＬＩＳＨＥＮ ') // 'lishen'
 */
export const normaliseSearch = (s: string) => s.normalize('NFKC').toLowerCase().trim()

/**
 * Whether a place's normalised Chinese or English name contains `q` (already normalised with
 * `normaliseSearch`): what `q` on the list routes matches, with or without the name index.
 *
 * @example nameContains({ name_zh: '天津力神', name_en: 'Tianjin Lishen' }, 'lishen') // true
 */
export const nameContains = (names: { name_zh: string; name_en: string }, q: string) =>
  normaliseSearch(names.name_zh).includes(q) || normaliseSearch(names.name_en).includes(q)
