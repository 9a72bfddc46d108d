import { useQuery } from '@tanstack/react-query'
import type { TourStop } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { plansQuery } from '../../lib/queries/plans.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { TargetValue } from '../../lib/ui/target-value.tsx'
import { TOUR_MESSAGES } from './tour-messages.ts'

/** One stop's caption: the field or chain, what the place is, the plan's words, the target. */
export function TourCaption({ stop }: { stop: TourStop }) {
  const { t, lang, name } = useI18n(TOUR_MESSAGES)
  const sectors = useQuery(sectorListQuery()).data
  const chains = useQuery(chainListQuery()).data
  const plans = useQuery(plansQuery()).data
  const chain =
    stop.subject.kind === 'chain' ? chains?.find((c) => c.id === stop.subject.id) : undefined
  const sector =
    stop.subject.kind === 'sector' ? sectors?.find((s) => s.id === stop.subject.id) : undefined
  const subject = chain ?? sector
  const target = plans?.targets.find((t) => t.id === stop.target_id)
  const doc = plans?.documents.find((d) => stop.clause_id.startsWith(`${d.id}-`))
  return (
    <div className="tour-caption" data-testid="tour-caption" aria-live="polite">
      <div className="tour-subject">
        <span className="tour-tier">{chain ? t(`tour.tier.${chain.tier}`) : t('tour.field')}</span>
        <h2 data-testid="tour-stop-title">{subject ? name(subject) : stop.subject.id}</h2>
      </div>
      <p className="tour-text" data-testid="tour-stop-caption">
        {lang === 'zh' ? stop.caption_zh : stop.caption_en}
      </p>
      <figure className="tour-quote">
        <blockquote lang="zh-CN">“{stop.quote_zh}”</blockquote>
        <figcaption>
          {lang === 'en' && <span className="tour-original">{t('tour.original')} · </span>}
          {doc ? (lang === 'zh' ? doc.title_zh : doc.title_en) : ''}{' '}
          <code className="clause-id">{stop.clause_id}</code>
        </figcaption>
      </figure>
      {stop.target_id && target ? (
        <p className="tour-target" data-testid="tour-target">
          <span className="tour-target-label">{t('tour.target')}</span>
          <TargetValue target={target} />
          <span className="tour-target-metric">
            {lang === 'zh' ? target.metric_zh : target.metric_en}
          </span>
        </p>
      ) : (
        !stop.target_id && <p className="tour-target tour-target--none">{t('tour.noTarget')}</p>
      )}
    </div>
  )
}
