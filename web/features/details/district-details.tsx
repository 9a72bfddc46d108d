import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { districtDetailQuery } from '../../lib/queries/districts.ts'
import { Fact } from '../../lib/ui/facts.tsx'
import { formatAreaKm2 } from '../../lib/ui/format.ts'
import { DetailState } from './detail-state.tsx'
import { PlaceHeader } from './place-header.tsx'
import { Citations, RelatedPlaces } from './place-sections.tsx'

/** Details of a district: its area, the parks and sites in it and the clauses naming it. */
export function DistrictDetails({ code }: { code: string }) {
  const { t, lang } = useI18n()
  const query = useQuery(districtDetailQuery(code))
  if (!query.data) {
    return <DetailState error={query.error} isPending={query.isPending} onRetry={query.refetch} />
  }
  const { feature, parks, sites, clauses } = query.data
  const district = feature.properties
  const parksHere = parks.map((p) => ({ ...p, selection: { kind: 'park' as const, id: p.id } }))
  const sitesHere = sites.map((s) => ({ ...s, selection: { kind: 'site' as const, id: s.id } }))
  return (
    <>
      <PlaceHeader
        record={district}
        badges={<span className="kind-badge kind-badge--district">{t('kind.district')}</span>}
      />
      <dl className="facts">
        <Fact label={t('details.area')}>{formatAreaKm2(district.area_km2, lang, t)}</Fact>
      </dl>
      <RelatedPlaces
        title={t('details.parksInDistrict')}
        items={parksHere}
        testId="details-district-parks"
      />
      <RelatedPlaces
        title={t('details.sitesInDistrict')}
        items={sitesHere}
        testId="details-district-sites"
      />
      <Citations title={t('details.districtClauses')} clauses={clauses} nameZh={district.name_zh} />
    </>
  )
}
