import type { PlanDocument } from '../../../api/domain/index.ts'
import { type BriefI18n, isoDate } from './brief-context.ts'

/** Where the brief's data comes from, with dates: the plans, the geodata, the data load. */
export function BriefDataSources(props: {
  i18n: BriefI18n
  plans: readonly PlanDocument[]
  loadedAt: string | null
}) {
  const { lang, bt } = props.i18n
  return (
    <section className="brief-data-sources" aria-labelledby="brief-sources-title">
      <h2 id="brief-sources-title">{bt('brief.sources')}</h2>
      <ul>
        {props.plans.map((plan) => (
          <li key={plan.id}>
            {bt('brief.plan', {
              title: lang === 'zh' ? plan.title_zh : plan.title_en,
              issuer: lang === 'zh' ? plan.issuer_zh : plan.issuer_en,
              date: plan.published,
            })}
          </li>
        ))}
        <li>{bt('brief.geodata')}</li>
        {props.loadedAt ? (
          <li>{bt('brief.dataLoaded', { date: isoDate(new Date(props.loadedAt)) })}</li>
        ) : null}
      </ul>
    </section>
  )
}
