import { useState } from 'react'
import type { PlanDocument } from '../../../api/domain/index.ts'
import type { CitedClause } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ClauseList } from '../../lib/ui/clause-list.tsx'
import { TargetValue } from '../../lib/ui/target-value.tsx'
import type { MatchedTarget } from './park-targets.ts'
import { PROFILE_MESSAGES } from './profile-messages.ts'

const TARGETS_SHOWN = 4

/** The clauses that name the park, quoted with document title and clause id. */
export function ProfileClauses(props: { clauses: readonly CitedClause[]; highlight: string[] }) {
  const { t } = useI18n(PROFILE_MESSAGES)
  return (
    <section
      className="profile-section"
      aria-labelledby="profile-clauses"
      data-testid="profile-clauses"
    >
      <h3 id="profile-clauses">
        {t('profile.clauses')} <span className="count">{props.clauses.length}</span>
      </h3>
      <ClauseList clauses={props.clauses} highlight={props.highlight} />
    </section>
  )
}

/** The plan targets of the park's sectors, with the rule that matched them. */
export function ProfileTargets(props: {
  targets: MatchedTarget[] | undefined
  documents: readonly PlanDocument[] | undefined
}) {
  const { t, lang } = useI18n(PROFILE_MESSAGES)
  const [all, setAll] = useState(false)
  const targets = props.targets ?? []
  const shown = all ? targets : targets.slice(0, TARGETS_SHOWN)
  const docTitle = (id: string) => {
    const doc = props.documents?.find((d) => d.id === id)
    return doc ? (lang === 'zh' ? doc.title_zh : doc.title_en) : id
  }
  return (
    <section className="profile-section" aria-labelledby="profile-targets">
      <h3 id="profile-targets">
        {t('profile.targets')} {props.targets && <span className="count">{targets.length}</span>}
      </h3>
      {props.targets && targets.length === 0 && <p className="muted">{t('profile.targetsNone')}</p>}
      <ol className="profile-targets" data-testid="profile-targets">
        {shown.map(({ target, match }) => (
          <li key={target.id} className="profile-target" data-target-id={target.id}>
            <div className="profile-target-head">
              <TargetValue target={target} />
              <span className="profile-target-metric">
                {lang === 'zh' ? target.metric_zh : target.metric_en}
                {match === 'parent' && <span className="tag">{t('profile.viaParent')}</span>}
              </span>
            </div>
            <blockquote lang="zh-CN">{target.quote}</blockquote>
            <div className="clause-source">
              <span className="clause-doc">{docTitle(target.doc_id)}</span>
              <code className="clause-id">{target.clause_id}</code>
            </div>
          </li>
        ))}
      </ol>
      {targets.length > TARGETS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('profile.showFewer') : t('profile.showAll', { count: targets.length })}
        </button>
      )}
      <p className="note">{t('profile.targetsRule')}</p>
    </section>
  )
}
