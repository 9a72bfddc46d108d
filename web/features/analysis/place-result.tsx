import type { LocationPrecision } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import { requestFocus } from '../../map/camera/camera-requests.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { ResultRow } from './within-view-model.ts'

/** A location-precision tag (a place known only by district is flagged: never measured). */
export function PrecisionTag({ precision }: { precision: LocationPrecision | null }) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  if (!precision) return null
  return (
    <span
      className={`precision-tag precision-tag--${precision}`}
      title={t('hitPrecision.title')}
      data-precision={precision}
    >
      {t(`hitPrecision.${precision}`)}
    </span>
  )
}

/**
 * One place in a result list: name (opens its details), distance (or, when it cannot be
 * measured, `distanceLabel`: "in this park", "same district, distance unknown") and precision.
 */
export function PlaceResult(props: {
  row: ResultRow
  testId: string
  note?: string
  distanceLabel?: string
}) {
  const { t, lang, name } = useI18n(ANALYSIS_MESSAGES)
  const { select } = useViewActions()
  const { row } = props
  const open = () => {
    const target = { kind: row.type, id: row.id }
    select(target)
    requestFocus(target)
  }
  return (
    <li
      className="place-result"
      data-testid={props.testId}
      data-id={row.id}
      data-type={row.type}
      data-distance-km={row.distanceKm ?? undefined}
      data-precision={row.precision}
    >
      <button type="button" className="place-result-name" onClick={open}>
        <span className={`type-dot type-dot--${row.type}`} aria-hidden="true" />
        {name(row)}
      </button>
      {props.note && <span className="place-result-note">{props.note}</span>}
      <span className="place-result-distance">
        {row.distanceKm === null
          ? (props.distanceLabel ?? t('distance.unknown'))
          : formatKm(row.distanceKm, lang)}
      </span>
      <PrecisionTag precision={row.precision} />
    </li>
  )
}

/**
 * Places known only by district, listed apart from the measured ones (never with a
 * distance): a heading with their count, then the places.
 */
export function DistrictLevelList(props: {
  title: string
  rows: readonly ResultRow[]
  testId: string
}) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  if (props.rows.length === 0) return null
  return (
    <details className="district-level" data-testid={props.testId} data-count={props.rows.length}>
      <summary>{props.title}</summary>
      <ul className="place-results">
        {props.rows.map((row) => (
          <PlaceResult
            key={`${row.type}:${row.id}`}
            row={row}
            testId={`${props.testId}-item`}
            distanceLabel={t('distance.sameDistrict')}
          />
        ))}
      </ul>
    </details>
  )
}

/** Said instead of distances when the subject is known only by district. */
export function DistrictSubjectNote() {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  return (
    <p className="analysis-note" data-testid="district-subject-note">
      {t('districtLevel.subject')}
    </p>
  )
}

/** Loading / error state of an analysis query. */
export function QueryState(props: {
  error: Error | null
  isPending: boolean
  onRetry: () => void
}) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  if (props.error) {
    return (
      <p className="analysis-error" role="alert">
        {t('common.error', { message: props.error.message })}{' '}
        <button type="button" className="link-button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      </p>
    )
  }
  return props.isPending ? <p className="analysis-muted">{t('common.loading')}</p> : null
}
