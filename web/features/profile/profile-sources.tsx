import type { PlanDocument } from '../../../api/domain/index.ts'
import { useProfileI18n } from './profile-i18n.ts'

/** Where the profile's data comes from, with dates: the plans, the geodata, the data load. */
export function ProfileSources(props: {
  documents: readonly PlanDocument[] | undefined
  loadedAt: string | undefined
}) {
  const { pt, lang } = useProfileI18n()
  return (
    <section className="profile-section profile-sources" aria-labelledby="profile-sources">
      <h3 id="profile-sources">{pt('profile.sources')}</h3>
      <ul data-testid="profile-sources">
        {(props.documents ?? []).map((doc) => (
          <li key={doc.id}>
            {pt('profile.planSource', {
              title: lang === 'zh' ? doc.title_zh : doc.title_en,
              issuer: lang === 'zh' ? doc.issuer_zh : doc.issuer_en,
              date: doc.published,
            })}
          </li>
        ))}
        <li>{pt('profile.geodata')}</li>
        {props.loadedAt && <li>{pt('profile.loaded', { date: props.loadedAt.slice(0, 10) })}</li>}
      </ul>
    </section>
  )
}
