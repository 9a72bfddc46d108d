import type { AccessResult } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { PROFILE_MESSAGES, type ProfileKey } from './profile-messages.ts'

const ROWS: readonly { key: 'port' | 'airport' | 'rail_station'; label: ProfileKey }[] = [
  { key: 'port', label: 'profile.port' },
  { key: 'airport', label: 'profile.airport' },
  { key: 'rail_station', label: 'profile.rail' },
]

/**
 * Great-circle distances from the park's position to the port, the airport and the nearest
 * station; none for a park known only by district (saying so).
 */
export function ProfileAccess({ access }: { access: AccessResult | undefined }) {
  const { t, lang, name } = useI18n(PROFILE_MESSAGES)
  return (
    <section className="profile-section" aria-labelledby="profile-access">
      <h3 id="profile-access">{t('profile.access')}</h3>
      {!access && <span className="spinner" aria-hidden="true" />}
      {access?.subject.location_precision === 'district' && (
        <p className="note" data-testid="profile-access-district">
          {t('profile.accessDistrict')}
        </p>
      )}
      {access && access.subject.location_precision !== 'district' && (
        <ul className="access-tiles" data-testid="profile-access">
          {ROWS.map(({ key, label }) => {
            const hit = access[key]
            return (
              <li key={key} className="access-tile" data-kind={key}>
                <span className="access-label">{t(label)}</span>
                <strong className="access-km">
                  {hit ? formatKm(hit.distance_km, lang, 1) : '—'}
                </strong>
                <span className="access-name">{hit ? name(hit) : ''}</span>
              </li>
            )
          })}
        </ul>
      )}
      <p className="note">{t('profile.accessRule')}</p>
    </section>
  )
}
