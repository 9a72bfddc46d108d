import type { ParkProperties } from '../../../api/domain/index.ts'
import type { ParkDetail } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ClampedText } from '../../lib/ui/clamped-text.tsx'
import { Fact, SectorChips } from '../../lib/ui/facts.tsx'
import { formatAreaKm2 } from '../../lib/ui/format.ts'
import { PlanNames } from '../../lib/ui/location-facts.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'

/** Kind, level, area, district, plans and leading sectors. */
export function ProfileFacts(props: { park: ParkProperties; district: ParkDetail['district'] }) {
  const { t, lang, name } = useI18n(PROFILE_MESSAGES)
  const { park, district } = props
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
        <Fact label={t('profile.area')}>{formatAreaKm2(park.area_km2, lang, t)}</Fact>
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

/** How well the park's position and outline are known, and what they rest on. */
export function ProfileLocation({ park }: { park: ParkProperties }) {
  const { t } = useI18n(PROFILE_MESSAGES)
  const outline =
    park.geometry_derivation === 'radius'
      ? t('derivation.radius', { radiusKm: park.radius_km ?? '?' })
      : t('derivation.boundary')
  return (
    <section className="profile-section" aria-labelledby="profile-location">
      <h3 id="profile-location">{t('profile.location')}</h3>
      <dl className="facts" data-testid="profile-location">
        <Fact label={t('profile.precision')}>
          <span className={`precision precision--${park.location_precision}`}>
            {t(`precision.${park.location_precision}`)}
          </span>
        </Fact>
        <Fact label={t('profile.outline')}>{outline}</Fact>
        <Fact label={t('profile.source')}>
          <ClampedText className="source-text" text={park.location_source} />
        </Fact>
      </dl>
    </section>
  )
}
