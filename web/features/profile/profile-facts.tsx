import type { ParkProperties } from '../../../api/domain/index.ts'
import type { ParkDetail } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { extentText, statedAreaText } from '../../lib/ui/extent-text.ts'
import { Fact, SectorChips } from '../../lib/ui/facts.tsx'
import { LocationFacts, PlanNames } from '../../lib/ui/location-facts.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'

/** Kind, level, extent (an area only for a citable outline), district, plans, sectors. */
export function ProfileFacts(props: { park: ParkProperties; detail: ParkDetail }) {
  const { t, lang, name } = useI18n(PROFILE_MESSAGES)
  const { park } = props
  const { district, parent } = props.detail
  const stated = statedAreaText(park, lang)
  return (
    <section className="profile-section" aria-labelledby="profile-facts">
      <h3 id="profile-facts">{t('profile.facts')}</h3>
      <dl className="facts profile-facts" data-testid="profile-facts">
        <Fact label={t('profile.kind')}>{t(`parkKind.${park.kind}`)}</Fact>
        <Fact label={t('profile.level')} testId="profile-level">
          {park.level ? (
            t(`level.${park.level}`)
          ) : (
            <span className="muted">{t('profile.levelUnknown')}</span>
          )}
        </Fact>
        <Fact label={t('profile.extent')} testId="profile-extent">
          {extentText(park, lang, parent ? name(parent) : undefined)}
          {stated && <span className="muted"> · {stated}</span>}
        </Fact>
        <Fact label={t('profile.district')}>{district ? name(district) : park.district_code}</Fact>
        <Fact label={t('profile.plans')}>
          <PlanNames plans={park.plans} />
        </Fact>
        <Fact label={t('profile.sectors')} testId="profile-sectors">
          <SectorChips ids={park.sectors} />
        </Fact>
      </dl>
      {(lang === 'zh' ? park.description_zh : park.description_en) && (
        <p className="profile-description">
          {lang === 'zh' ? park.description_zh : park.description_en}
        </p>
      )}
    </section>
  )
}

/** How well the park's position and extent are known, what they rest on, and how it was placed. */
export function ProfileLocation({ park, detail }: { park: ParkProperties; detail: ParkDetail }) {
  const { t, name } = useI18n(PROFILE_MESSAGES)
  const names = {
    district: detail.district ? name(detail.district) : park.district_code,
    ...(detail.parent ? { parent: name(detail.parent) } : {}),
  }
  return (
    <section
      className="profile-section"
      aria-labelledby="profile-location"
      data-testid="profile-location"
    >
      <h3 id="profile-location">{t('profile.location')}</h3>
      <LocationFacts place={park} names={names} />
    </section>
  )
}
