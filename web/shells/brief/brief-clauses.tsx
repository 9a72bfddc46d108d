import type { CitedClause } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import { truncateText } from './truncate.ts'

/** At most this many clauses are quoted; the rest are listed by their section in the plan. */
export const MAX_QUOTED_CLAUSES = 3
/** Characters of original (Chinese) text kept per quote. */
export const QUOTE_MAX_CHARS = 100

/**
 * The clauses citing the place, quoted (clamped), each referred to as readers find it: the
 * plan's title and the clause's own numbering (三、(四) 1.), never an internal path.
 */
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
        const doc = lang === 'zh' ? clause.doc_title_zh : clause.doc_title_en
        return (
          <figure
            key={clause.id}
            className="brief-clause"
            data-testid="brief-clause"
            data-clause-id={clause.id}
          >
            <figcaption>
              <span className="brief-clause-doc">{doc}</span>
              <span className="brief-clause-id">{clause.label_zh}</span>
            </figcaption>
            {lang === 'en' ? <p className="brief-clause-heading">{clause.heading_en}</p> : null}
            <blockquote lang="zh-CN" cite={`/api/clauses/${clause.id}`}>
              {lang === 'en' ? (
                <span className="brief-muted">{t('brief.originalText')}: </span>
              ) : null}
              {quote.text}
            </blockquote>
          </figure>
        )
      })}
      {quoted.some((c) => truncateText(c.text_zh, QUOTE_MAX_CHARS).cut) ? (
        <p className="brief-muted brief-fulltext" data-testid="brief-fulltext">
          {t('brief.fullText')}
        </p>
      ) : null}
      {rest.length > 0 ? (
        <p className="brief-muted">
          {t('brief.moreClauses', {
            count: rest.length,
            labels: rest.map((c) => c.label_zh).join(lang === 'zh' ? '；' : '; '),
          })}
        </p>
      ) : null}
    </section>
  )
}
