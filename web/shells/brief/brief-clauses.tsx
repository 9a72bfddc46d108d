import type { CitedClause } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import { truncateText } from './truncate.ts'

/** At most this many clauses are quoted; the rest are listed by id. */
export const MAX_QUOTED_CLAUSES = 3
/** Characters of original (Chinese) text kept per quote. */
export const QUOTE_MAX_CHARS = 100

/** The clauses citing the place, quoted (clamped, with where to read the full text). */
export function BriefClauses(props: {
  clauses: readonly CitedClause[]
  /** For a candidate point: the park whose clauses these are. */
  of: { name_zh: string; name_en: string } | null
}) {
  const { lang, t, name } = useI18n(BRIEF_MESSAGES)
  const quoted = props.clauses.slice(0, MAX_QUOTED_CLAUSES)
  const rest = props.clauses.slice(MAX_QUOTED_CLAUSES)
  const title = props.of ? t('brief.clausesOfPark', { name: name(props.of) }) : t('brief.clauses')
  return (
    <section className="brief-clauses" aria-labelledby="brief-clauses-title">
      <h2 id="brief-clauses-title">{title}</h2>
      {quoted.length === 0 ? <p className="brief-muted">{t('brief.noClauses')}</p> : null}
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
                <span className="brief-muted">{t('brief.originalText')}: </span>
              ) : null}
              {quote.text}
              {quote.cut ? (
                <span className="brief-fulltext">{t('brief.fullText', { id: clause.id })}</span>
              ) : null}
            </blockquote>
          </figure>
        )
      })}
      {rest.length > 0 ? (
        <p className="brief-muted">
          {t('brief.moreClauses', { count: rest.length, ids: rest.map((c) => c.id).join(', ') })}
        </p>
      ) : null}
    </section>
  )
}
