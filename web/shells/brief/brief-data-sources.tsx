import type { PlanDocument } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { isoDate } from '../../lib/ui/iso-date.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'

/** Where the brief's data comes from, with dates: the plans, the geodata, the data load. */
export function BriefDataSources(props: {
  plans: readonly PlanDocument[]
  loadedAt: string | null
}) {
  const { lang, t } = useI18n(BRIEF_MESSAGES)
  return (
    <section className="brief-data-sources" aria-labelledby="brief-sources-title">
      <h2 id="brief-sources-title">{t('brief.sources')}</h2>
      <ul>
        {props.plans.map((plan) => (
          <li key={plan.id}>
            {t('brief.plan', {
              title: lang === 'zh' ? plan.title_zh : plan.title_en,
              issuer: lang === 'zh' ? plan.issuer_zh : plan.issuer_en,
              date: plan.published,
            })}
          </li>
        ))}
        <li>{t('brief.geodata')}</li>
        {props.loadedAt ? (
          <li>{t('brief.dataLoaded', { date: isoDate(new Date(props.loadedAt)) })}</li>
        ) : null}
      </ul>
    </section>
  )
}
