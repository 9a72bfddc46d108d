import type { CitedClause } from '../../lib/api/api-client.ts'
import type { BriefI18n } from './brief-context.ts'
import { truncateText } from './truncate.ts'

/** At most this many clauses are quoted; the rest are listed by id. */
export const MAX_QUOTED_CLAUSES = 3
/** Characters of original (Chinese) text kept per quote. */
export const QUOTE_MAX_CHARS = 100

/** The clauses citing the place, quoted (clamped, with where to read the full text). */
export function BriefClauses(props: {
  i18n: BriefI18n
  clauses: readonly CitedClause[]
  /** For a candidate point: the park whose clauses these are. */
  of: { name_zh: string; name_en: string } | null
}) {
  const { lang, bt, name } = props.i18n
  const quoted = props.clauses.slice(0, MAX_QUOTED_CLAUSES)
  const rest = props.clauses.slice(MAX_QUOTED_CLAUSES)
  const title = props.of ? bt('brief.clausesOfPark', { name: name(props.of) }) : bt('brief.clauses')
  return (
    <section className="brief-clauses" aria-labelledby="brief-clauses-title">
      <h2 id="brief-clauses-title">{title}</h2>
      {quoted.length === 0 ? <p className="brief-muted">{bt('brief.noClauses')}</p> : null}
      {quoted.map((clause) => {
        const quote = truncateText(clause.text_zh, QUOTE_MAX_CHARS)
        return (
          <figure key={clause.id} className="brief-clause" data-testid="brief-clause">
            <figcaption>
              <span className="brief-clause-doc">
                {lang === 'zh' ? clause.doc_title_zh : clause.doc_title_en}
              </span>
              <span className="brief-clause-id">
                {clause.label_zh} · {clause.id}
              </span>
            </figcaption>
            {lang === 'en' ? <p className="brief-clause-heading">{clause.heading_en}</p> : null}
            <blockquote lang="zh-CN" cite={`/api/clauses/${clause.id}`}>
              {lang === 'en' ? (
                <span className="brief-muted">{bt('brief.originalText')}: </span>
              ) : null}
              {quote.text}
              {quote.cut ? (
                <span className="brief-fulltext">{bt('brief.fullText', { id: clause.id })}</span>
              ) : null}
            </blockquote>
          </figure>
        )
      })}
      {rest.length > 0 ? (
        <p className="brief-muted">
          {bt('brief.moreClauses', { count: rest.length, ids: rest.map((c) => c.id).join(', ') })}
        </p>
      ) : null}
    </section>
  )
}
