import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import type { AccessData } from './use-brief-data.ts'

type Hit = { name_zh: string; name_en: string; distance_km: number | null } | null

/** Distances to the port, the airport, the nearest railway station and (for sites/points) park. */
export function BriefAccess(props: { access: AccessData | null; withPark: boolean }) {
  const { t, lang, name } = useI18n(BRIEF_MESSAGES)
  const access = props.access
  if (!access || access.subject.location_precision === 'district') {
    return (
      <section className="brief-access" data-testid="brief-access">
        <h2>{t('brief.access')}</h2>
        <p className="brief-muted" data-testid="brief-access-district">
          {t('brief.districtOnly')}
        </p>
      </section>
    )
  }
  const rows: Array<[string, Hit]> = [
    [t('brief.port'), access.port],
    [t('brief.airport'), access.airport],
    [t('brief.rail'), access.rail_station],
  ]
  if (props.withPark) rows.push([t('brief.park'), access.park])
  return (
    <section
      className="brief-access"
      aria-labelledby="brief-access-title"
      data-testid="brief-access"
    >
      <h2 id="brief-access-title">{t('brief.access')}</h2>
      <ul>
        {rows.map(([label, hit]) =>
          hit ? (
            <li key={label}>
              <span className="brief-access-km">{formatKm(hit.distance_km, lang, 1)}</span>
              <span className="brief-access-label">{label}</span>
              <span className="brief-access-name">{name(hit)}</span>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  )
}
