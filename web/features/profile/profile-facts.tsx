import type { ParkProperties } from '../../../api/domain/index.ts'
import type { ParkDetail } from '../../lib/api/api-client.ts'
import { ClampedText } from '../../lib/ui/clamped-text.tsx'
import { Fact, SectorChips } from '../../lib/ui/facts.tsx'
import { formatAreaKm2 } from '../../lib/ui/format.ts'
import { PlanNames } from '../../lib/ui/location-facts.tsx'
import { useProfileI18n } from './profile-i18n.ts'

/** Kind, level, area, district, plans and leading sectors. */
export function ProfileFacts(props: { park: ParkProperties; district: ParkDetail['district'] }) {
  const { t, pt, lang, name } = useProfileI18n()
  const { park, district } = props
  return (
    <section className="profile-section" aria-labelledby="profile-facts">
      <h3 id="profile-facts">{pt('profile.facts')}</h3>
      <dl className="facts profile-facts" data-testid="profile-facts">
        <Fact label={pt('profile.kind')}>{t(`parkKind.${park.kind}`)}</Fact>
        <Fact label={pt('profile.level')} testId="profile-level">
          {park.level ? (
            t(`level.${park.level}`)
          ) : (
            <span className="muted">{pt('profile.levelUnknown')}</span>
          )}
        </Fact>
        <Fact label={pt('profile.area')}>{formatAreaKm2(park.area_km2, lang, t)}</Fact>
        <Fact label={pt('profile.district')}>{district ? name(district) : park.district_code}</Fact>
        <Fact label={pt('profile.plans')}>
          <PlanNames plans={park.plans} />
        </Fact>
        <Fact label={pt('profile.sectors')} testId="profile-sectors">
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
  const { t, pt } = useProfileI18n()
  const outline =
    park.geometry_derivation === 'radius'
      ? t('derivation.radius', { radiusKm: park.radius_km ?? '?' })
      : t('derivation.boundary')
  return (
    <section className="profile-section" aria-labelledby="profile-location">
      <h3 id="profile-location">{pt('profile.location')}</h3>
      <dl className="facts" data-testid="profile-location">
        <Fact label={pt('profile.precision')}>
          <span className={`precision precision--${park.location_precision}`}>
            {t(`precision.${park.location_precision}`)}
          </span>
        </Fact>
        <Fact label={pt('profile.outline')}>{outline}</Fact>
        <Fact label={pt('profile.source')}>
          <ClampedText className="source-text" text={park.location_source} />
        </Fact>
      </dl>
    </section>
  )
}
