import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { parkDetailQuery } from '../../lib/queries/parks.ts'
import { Fact } from '../../lib/ui/facts.tsx'
import { LocationFacts, PlanNames } from '../../lib/ui/location-facts.tsx'
import { DetailState } from './detail-state.tsx'
import { PlaceHeader } from './place-header.tsx'
import { Citations, LinkFact, RelatedPlaces, SectorFacts } from './place-sections.tsx'
import { Description } from './site-details.tsx'

/**
 * Details of a park or zone: kind, level, sectors, what is known of its extent and how it was
 * placed, its parts or parent, its sites (its own and its parts').
 */
export function ParkDetails({ id, actions }: { id: string; actions?: ReactNode }) {
  const { t, name } = useI18n()
  const query = useQuery(parkDetailQuery(id))
  if (!query.data) {
    return <DetailState error={query.error} isPending={query.isPending} onRetry={query.refetch} />
  }
  const { feature, district, sites, clauses, parent, parts } = query.data
  const park = feature.properties
  const inPark = sites.map((s) => ({ ...s, selection: { kind: 'site' as const, id: s.id } }))
  const partLinks = parts.map((p) => ({ ...p, selection: { kind: 'park' as const, id: p.id } }))
  const names = {
    district: district ? name(district) : park.district_code,
    ...(parent ? { parent: name(parent) } : {}),
  }
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
        <Fact label={t('details.plans')}>
          <PlanNames plans={park.plans} />
        </Fact>
        <LinkFact
          label={t('details.district')}
          place={district && { ...district, selection: { kind: 'district', id: district.code } }}
        />
      </dl>
      <LinkFact
        label={t('details.partOf')}
        place={parent && { ...parent, selection: { kind: 'park', id: parent.id } }}
      />
      <LocationFacts place={park} names={names} />
      <RelatedPlaces title={t('details.parts')} items={partLinks} testId="details-park-parts" />
      <RelatedPlaces title={t('details.sitesInPark')} items={inPark} testId="details-park-sites" />
      <Citations title={t('details.citations')} clauses={clauses} nameZh={park.name_zh} />
    </>
  )
}
