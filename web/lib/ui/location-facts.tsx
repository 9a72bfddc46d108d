import type { LocationRef, ParkProperties, SiteProperties } from '../../../api/domain/index.ts'
import type { CommonKey } from '../i18n/common-messages.ts'
import type { Translate } from '../i18n/define-messages.ts'
import { useI18n } from '../i18n/use-i18n.ts'
import { extentText, statedAreaText } from './extent-text.ts'
import { Fact } from './facts.tsx'
import './location-facts.css'
import { LOCATION_MESSAGES, type LocationKey } from './location-messages.ts'

/** A park's or site's properties (what is known of its position). */
type Place = ParkProperties | SiteProperties

const isPark = (place: Place): place is ParkProperties => 'extent' in place

/** Names the method text needs: the place's district, its park (a site), its parent (a park). */
export interface LocationNames {
  district: string
  park?: string
  parent?: string
}

/**
 * How well a place's position is known, written for users in the UI language: its precision,
 * (a park) its extent and any area a source states, what the position rests on, and behind a
 * "How was this placed?" disclosure the method and the sources named.
 */
export function LocationFacts(props: { place: Place; names: LocationNames }) {
  const { t, lang } = useI18n(LOCATION_MESSAGES)
  const { place, names } = props
  const basis = lang === 'zh' ? place.location_basis_zh : place.location_basis_en
  const park = isPark(place) ? place : null
  return (
    <div className="location-facts" data-testid="details-location">
      <h3>{t('location.title')}</h3>
      <dl className="facts">
        <Fact label={t('location.precision')}>
          <span
            className={`precision precision--${place.location_precision}`}
            data-testid="location-precision"
          >
            {park?.extent === 'parts'
              ? t('location.byParts')
              : t(`precision.${place.location_precision}`)}
          </span>
        </Fact>
        {park && (
          <Fact label={t('extent.label')} testId="details-extent">
            {extentText(park, lang, names.parent)}
            {statedAreaText(park, lang) && (
              <span className="muted stated-area"> · {statedAreaText(park, lang)}</span>
            )}
          </Fact>
        )}
        <Fact label={t('location.basis')} testId="location-basis">
          {basis}
        </Fact>
      </dl>
      <details className="location-how" data-testid="location-how">
        <summary>{t('location.how')}</summary>
        <p>{methodText(place, names, t)}</p>
        <h4>{t('location.sources')}</h4>
        <SourceList refs={place.location_refs} empty={t('location.planOnly')} />
      </details>
    </div>
  )
}

function methodText(
  place: Place,
  names: LocationNames,
  t: Translate<CommonKey | LocationKey>,
): string {
  const vars = { district: names.district, park: names.park ?? '', parent: names.parent ?? '' }
  if (!isPark(place)) return t(`location.method.${place.placement}`, vars)
  return t(`location.method.${place.extent}`, { ...vars, km: place.uncertainty_km ?? '?' })
}

/** The sources a position rests on: title, publisher and date, linked when there is a URL. */
export function SourceList(props: { refs: readonly LocationRef[]; empty: string }) {
  if (props.refs.length === 0) return <p className="muted">{props.empty}</p>
  return (
    <ul className="source-list" data-testid="location-sources">
      {props.refs.map((ref) => {
        const by = [ref.publisher, ref.date].filter(Boolean).join(', ')
        return (
          <li key={`${ref.title}|${ref.url ?? ''}`}>
            {ref.url ? (
              <a href={ref.url} target="_blank" rel="noopener noreferrer">
                {ref.title}
              </a>
            ) : (
              ref.title
            )}
            {by && <span className="muted"> · {by}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/** The plans that name a place. */
export function PlanNames(props: { plans: readonly ('ne18' | 'mfg21')[] }) {
  const { t } = useI18n()
  return <>{props.plans.map((p) => t(`plan.${p}`)).join(' · ')}</>
}
