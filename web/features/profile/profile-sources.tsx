import type { PlanDocument } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PROFILE_MESSAGES } from './profile-messages.ts'

/** Where the profile's data comes from, with dates: the plans, the geodata, the data load. */
export function ProfileSources(props: {
  documents: readonly PlanDocument[] | undefined
  loadedAt: string | undefined
}) {
  const { t, lang } = useI18n(PROFILE_MESSAGES)
  return (
    <section className="profile-section profile-sources" aria-labelledby="profile-sources">
      <h3 id="profile-sources">{t('profile.sources')}</h3>
      <ul data-testid="profile-sources">
        {(props.documents ?? []).map((doc) => (
          <li key={doc.id}>
            {t('profile.planSource', {
              title: lang === 'zh' ? doc.title_zh : doc.title_en,
              issuer: lang === 'zh' ? doc.issuer_zh : doc.issuer_en,
              date: doc.published,
            })}
          </li>
        ))}
        <li>{t('profile.geodata')}</li>
        {props.loadedAt && <li>{t('profile.loaded', { date: props.loadedAt.slice(0, 10) })}</li>}
      </ul>
    </section>
  )
}
