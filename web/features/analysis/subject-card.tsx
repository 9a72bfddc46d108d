import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatLngLat } from '../../lib/ui/format-km.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { type AnalysisView, MAX_CANDIDATES, sameSubject } from './analysis-url.ts'
import { pickMode, usePickMode } from './pick-mode.ts'
import type { ResolvedSubject } from './place-facts.ts'
import { PrecisionTag } from './place-result.tsx'
import { useAnalysisActions } from './use-analysis.ts'

/** The subject (park, site or picked point), point picking and pinning as a candidate. */
export function SubjectCard(props: { view: AnalysisView; subject: ResolvedSubject | null }) {
  const { t, name } = useI18n(ANALYSIS_MESSAGES)
  const { pin } = useAnalysisActions()
  const picking = usePickMode()
  const { view, subject } = props
  const pinned = subject ? view.candidates.some((c) => sameSubject(c, subject.subject)) : false
  const full = view.candidates.length >= MAX_CANDIDATES
  const kind = subject?.subject.kind
  return (
    <section className="subject-card" data-testid="analysis-subject" data-subject={kind}>
      {subject ? (
        <div className="subject-main">
          <span className={`kind-badge kind-badge--${kind === 'point' ? 'district' : kind}`}>
            {t(`subjectKind.${kind ?? 'point'}`)}
          </span>
          <div className="subject-name">
            {subject.name_zh !== null
              ? name({ name_zh: subject.name_zh, name_en: subject.name_en ?? '' })
              : t('subject.point')}
          </div>
          <div className="subject-meta">
            {subject.byParts
              ? t('subject.byParts')
              : subject.position
                ? formatLngLat(subject.position)
                : t('subject.districtOnly')}{' '}
            <PrecisionTag precision={subject.precision} />
          </div>
        </div>
      ) : (
        <p className="analysis-muted">{t('subject.none')}</p>
      )}
      {picking ? (
        <p className="pick-hint" role="status">
          {t('subject.picking')}{' '}
          <button type="button" className="link-button" onClick={() => pickMode.set(false)}>
            {t('subject.cancelPick')}
          </button>
        </p>
      ) : (
        <div className="subject-actions">
          <button
            type="button"
            className="button small"
            data-testid="pick-point"
            onClick={() => pickMode.set(true)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />
            </svg>
            {t('subject.pick')}
          </button>
          {subject && (
            <button
              type="button"
              className="button small"
              data-testid="candidate-pin"
              disabled={pinned || full}
              onClick={() => pin(subject.subject)}
            >
              {pinned ? t('subject.pinned') : full ? t('subject.full') : t('subject.pin')}
              <span className="pin-count">
                {view.candidates.length}/{MAX_CANDIDATES}
              </span>
            </button>
          )}
        </div>
      )}
    </section>
  )
}
