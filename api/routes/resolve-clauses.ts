import type { ParkFeature, ResolvedClause, SiteFeature } from '../domain/index.ts'
import type { ApiContext } from './api-context.ts'

type CitedClause = ResolvedClause & { doc_title_zh: string; doc_title_en: string }

/**
 * Resolves clause ids to their text (`normalised.slice(start, end)`) and document title;
 * unknown ids are skipped (the data check guarantees there are none).
 *
 * @example
 * citedClauses(ctx, ['ne18-2.2.1'])[0]?.text_zh // '1.不断提高电池性能。…'
 */
export function citedClauses(ctx: ApiContext, ids: readonly string[]): CitedClause[] {
  const { clauses, documents } = ctx.index.lookup
  return ids.flatMap((id) => {
    const clause = clauses.get(id)
    const doc = clause && documents.get(clause.doc_id)
    const text = clause && ctx.ds.texts[clause.doc_id]
    if (!clause || !doc || text === undefined) return []
    return [
      {
        ...clause,
        text_zh: text.slice(clause.start, clause.end),
        doc_title_zh: doc.title_zh,
        doc_title_en: doc.title_en,
      },
    ]
  })
}

/**
 * Short reference to a park or site.
 *
 * @example
 * placeSummary(park) // { id: 'teda', name_zh: '…', name_en: 'TEDA', kind: 'zone', sectors: [...], location_precision: 'district' }
 */
export function placeSummary(f: ParkFeature | SiteFeature) {
  const { id, name_zh, name_en, kind, sectors, location_precision } = f.properties
  return { id, name_zh, name_en, kind, sectors, location_precision }
}

/**
 * Code and names of a district, or null when the code is unknown.
 *
 * @example
 * districtRef(ctx, '120116') // { code: '120116', name_zh: '滨海新区', name_en: 'Binhai New Area' }
 */
export function districtRef(ctx: ApiContext, code: string) {
  const district = ctx.index.lookup.districts.get(code)
  if (!district) return null
  const { name_zh, name_en } = district.properties
  return { code, name_zh, name_en }
}
