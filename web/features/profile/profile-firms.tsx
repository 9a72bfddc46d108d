import { useI18n } from '../../lib/i18n/use-i18n.ts'
import type { ParkSite } from '../../lib/places/park-sites.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'
import { useProfileActions } from './use-profile.ts'

/** The key firms, institutions and projects on site; each opens its details on the map. */
export function ProfileFirms({ sites }: { sites: ParkSite[] | undefined }) {
  const { t, name } = useI18n(PROFILE_MESSAGES)
  const { select } = useViewActions()
  const { close } = useProfileActions()
  return (
    <section className="profile-section" aria-labelledby="profile-firms">
      <h3 id="profile-firms">
        {t('profile.firms')} {sites && <span className="count">{sites.length}</span>}
      </h3>
      {sites && sites.length === 0 && <p className="muted">{t('profile.firmsNone')}</p>}
      {sites && sites.length > 0 && (
        <ul className="profile-firms" data-testid="profile-firms">
          {sites.map(({ site, link }) => (
            <li key={site.properties.id} data-site-id={site.properties.id}>
              <button
                type="button"
                className="link-button profile-firm-name"
                onClick={() => {
                  close()
                  select({ kind: 'site', id: site.properties.id })
                }}
              >
                {name(site.properties)}
              </button>
              <span className="profile-firm-meta">
                {t(`siteKind.${site.properties.kind}`)} · {t(`profile.link.${link}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="note">{t('profile.firmsRule')}</p>
    </section>
  )
}
