import type { LocationPrecision } from '../../../api/domain/index.ts'
import { useI18n } from '../i18n/use-i18n.ts'
import { ClampedText } from './clamped-text.tsx'
import { Fact } from './facts.tsx'

/** How well the position is known, and what it rests on. */
export function LocationFacts(props: { precision: LocationPrecision; source: string }) {
  const { t } = useI18n()
  return (
    <div className="location-facts" data-testid="details-location">
      <h3>{t('details.location')}</h3>
      <dl className="facts">
        <Fact label={t('details.precision')}>
          <span className={`precision precision--${props.precision}`}>
            {t(`precision.${props.precision}`)}
          </span>
        </Fact>
        <Fact label={t('details.source')}>
          <ClampedText className="source-text" text={props.source} />
        </Fact>
      </dl>
    </div>
  )
}

/** The plans that name a place. */
export function PlanNames(props: { plans: readonly ('ne18' | 'mfg21')[] }) {
  const { t } = useI18n()
  return <>{props.plans.map((p) => t(`plan.${p}`)).join(' · ')}</>
}
