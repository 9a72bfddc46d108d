import type { Clause } from '../domain/index.ts'

/**
 * Ids of the leaf clauses whose text names a district by its full Chinese name (e.g. "北辰区",
 * "滨海新区"), in document order. Short forms ("北辰") are not matched: several are ambiguous
 * ("河北" is also the neighbouring province).
 *
 * @example
 * clausesNamingDistrict(clauses, texts, '静海区') // ['ne18-1.2.p4', 'ne18-3.2.4', …]
 */
export function clausesNamingDistrict(
  clauses: readonly Clause[],
  texts: Readonly<Record<string, string>>,
  nameZh: string,
): string[] {
  const parents = new Set(clauses.map((c) => c.parent_id).filter((id) => id !== null))
  return clauses
    .filter((c) => !parents.has(c.id))
    .filter((c) => texts[c.doc_id]?.slice(c.start, c.end).includes(nameZh) ?? false)
    .map((c) => c.id)
}
