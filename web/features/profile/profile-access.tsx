import type { AccessResult } from '../../../api/domain/index.ts'
import { formatKm, type ProfileKey, useProfileI18n } from './profile-i18n.ts'

const ROWS: readonly { key: 'port' | 'airport' | 'rail_station'; label: ProfileKey }[] = [
  { key: 'port', label: 'profile.port' },
  { key: 'airport', label: 'profile.airport' },
  { key: 'rail_station', label: 'profile.rail' },
]

/** Great-circle distances from the park's anchor to the port, the airport and the nearest station. */
export function ProfileAccess({ access }: { access: AccessResult | undefined }) {
  const { pt, lang, name } = useProfileI18n()
  return (
    <section className="profile-section" aria-labelledby="profile-access">
      <h3 id="profile-access">{pt('profile.access')}</h3>
      {!access && <span className="spinner" aria-hidden="true" />}
      {access && (
        <ul className="access-tiles" data-testid="profile-access">
          {ROWS.map(({ key, label }) => {
            const hit = access[key]
            return (
              <li key={key} className="access-tile" data-kind={key}>
                <span className="access-label">{pt(label)}</span>
                <strong className="access-km">{hit ? formatKm(hit.distance_km, lang) : '—'}</strong>
                <span className="access-name">{hit ? name(hit) : ''}</span>
              </li>
            )
          })}
        </ul>
      )}
      <p className="note">{pt('profile.accessRule')}</p>
    </section>
  )
}
