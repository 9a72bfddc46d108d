import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ParkProperties } from '../../../api/domain/index.ts'
import type { CommonTranslate } from '../../lib/i18n/translate.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { parkDetailQuery } from '../../lib/queries/parks.ts'
import { Fact } from '../../lib/ui/facts.tsx'
import { formatAreaKm2 } from '../../lib/ui/format.ts'
import { LocationFacts, PlanNames } from '../../lib/ui/location-facts.tsx'
import { isImpreciseExtent } from '../../map/sources/map-features.ts'
import { DetailState } from './detail-state.tsx'
import { PlaceHeader } from './place-header.tsx'
import { Citations, LinkFact, RelatedPlaces, SectorFacts } from './place-sections.tsx'
import { Description } from './site-details.tsx'

function outlineText(park: ParkProperties, t: CommonTranslate): string {
  return park.geometry_derivation === 'radius'
    ? t('derivation.radius', { radiusKm: park.radius_km ?? '?' })
    : t('derivation.boundary')
}

/** Details of a park or zone: kind, level, sectors, extent and how it was drawn, its sites. */
export function ParkDetails({ id, actions }: { id: string; actions?: ReactNode }) {
  const { t, lang } = useI18n()
  const query = useQuery(parkDetailQuery(id))
  if (!query.data) {
    return <DetailState error={query.error} isPending={query.isPending} onRetry={query.refetch} />
  }
  const { feature, district, sites, clauses } = query.data
  const park = feature.properties
  const inPark = sites.map((s) => ({ ...s, selection: { kind: 'site' as const, id: s.id } }))
  return (
    <>
      <PlaceHeader
        record={park}
        badges={
          <>
            <span className="kind-badge kind-badge--park">{t(`parkKind.${park.kind}`)}</span>
            {park.level && <span className="kind-badge">{t(`level.${park.level}`)}</span>}
          </>
        }
      />
      <Description zh={park.description_zh} en={park.description_en} />
      {actions}
      <dl className="facts">
        <SectorFacts sectors={park.sectors} chainLinks={park.chain_links} />
        <Fact label={t('details.area')}>{formatAreaKm2(park.area_km2, lang, t)}</Fact>
        <Fact label={t('details.geometry')} testId="details-geometry">
          <span
            className={isImpreciseExtent(park) ? 'precision precision--approximate' : undefined}
          >
            {outlineText(park, t)}
          </span>
        </Fact>
        <Fact label={t('details.plans')}>
          <PlanNames plans={park.plans} />
        </Fact>
        <LinkFact
          label={t('details.district')}
          place={district && { ...district, selection: { kind: 'district', id: district.code } }}
        />
      </dl>
      <LocationFacts precision={park.location_precision} source={park.location_source} />
      <RelatedPlaces title={t('details.sitesInPark')} items={inPark} testId="details-park-sites" />
      <Citations title={t('details.citations')} clauses={clauses} nameZh={park.name_zh} />
    </>
  )
}
