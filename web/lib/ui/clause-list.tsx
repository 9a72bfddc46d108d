import { useState } from 'react'
import type { CitedClause } from '../api/api-client.ts'
import { useI18n } from '../i18n/use-i18n.ts'
import { highlightParts } from './highlight.ts'
import './clause-list.css'

const PREVIEW_CHARS = 220

/** The clauses that cite a place, quoted with document title, clause id and heading. */
export function ClauseList(props: {
  clauses: readonly CitedClause[]
  highlight: readonly string[]
}) {
  const { t } = useI18n()
  if (props.clauses.length === 0) return <p className="muted">{t('details.noCitations')}</p>
  return (
    <ol className="clause-list">
      {props.clauses.map((clause) => (
        <ClauseQuote key={clause.id} clause={clause} highlight={props.highlight} />
      ))}
    </ol>
  )
}

function ClauseQuote({ clause, highlight }: { clause: CitedClause; highlight: readonly string[] }) {
  const { t, lang } = useI18n()
  const [expanded, setExpanded] = useState(false)
  const long = clause.text_zh.length > PREVIEW_CHARS
  const text = expanded || !long ? clause.text_zh : `${clause.text_zh.slice(0, PREVIEW_CHARS)}…`
  const heading = lang === 'zh' ? clause.heading_zh : clause.heading_en
  return (
    <li className="clause" data-testid="details-clause" data-clause-id={clause.id}>
      <div className="clause-source">
        <span className="clause-doc">
          {lang === 'zh' ? clause.doc_title_zh : clause.doc_title_en}
        </span>
        <code className="clause-id">{clause.id}</code>
      </div>
      <div className="clause-heading">
        {clause.label_zh} {heading}
      </div>
      <blockquote lang="zh-CN">
        {highlightParts(text, highlight).map((part) =>
          part.match ? <mark key={part.start}>{part.text}</mark> : part.text,
        )}
      </blockquote>
      {long && (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('details.showLess') : t('details.showMore')}
        </button>
      )}
    </li>
  )
}
