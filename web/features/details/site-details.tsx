import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { siteDetailQuery } from '../../lib/queries/sites.ts'
import { Fact } from '../../lib/ui/facts.tsx'
import { formatCapacity, formatInvestment } from '../../lib/ui/format.ts'
import { LocationFacts, PlanNames } from '../../lib/ui/location-facts.tsx'
import { DetailState } from './detail-state.tsx'
import { PlaceHeader } from './place-header.tsx'
import { Citations, LinkFact, SectorFacts } from './place-sections.tsx'

/** Details of a site: what it is, its sectors and links, figures, location and citations. */
export function SiteDetails({ id, actions }: { id: string; actions?: ReactNode }) {
  const { t, lang, name } = useI18n()
  const query = useQuery(siteDetailQuery(id))
  if (!query.data) {
    return <DetailState error={query.error} isPending={query.isPending} onRetry={query.refetch} />
  }
  const { feature, park, district, clauses } = query.data
  const site = feature.properties
  return (
    <>
      <PlaceHeader
        record={site}
        badges={
          <>
            <span className="kind-badge kind-badge--site">{t(`siteKind.${site.kind}`)}</span>
            {site.status && (
              <span className={`status-badge status-badge--${site.status}`}>
                {t(`status.${site.status}`)}
              </span>
            )}
          </>
        }
      />
      <Description zh={site.description_zh} en={site.description_en} />
      {actions}
      <dl className="facts">
        <SectorFacts sectors={site.sectors} chainLinks={site.chain_links} />
        <Fact label={t('details.investment')} testId="details-investment">
          {site.investment_cny_100m !== null
            ? formatInvestment(site.investment_cny_100m, lang, t)
            : null}
        </Fact>
        <Fact label={t('details.capacity')} testId="details-capacity">
          {site.capacity ? (
            <>
              {formatCapacity(site.capacity.value, site.capacity.unit, lang)}{' '}
              <span className="muted" lang="zh-CN">
                「{site.capacity.quote}」
              </span>
            </>
          ) : null}
        </Fact>
        <Fact label={t('details.plans')}>
          <PlanNames plans={site.plans} />
        </Fact>
        <LinkFact
          label={t('details.park')}
          place={park && { ...park, selection: { kind: 'park', id: park.id } }}
        />
        <LinkFact
          label={t('details.district')}
          place={district && { ...district, selection: { kind: 'district', id: district.code } }}
        />
      </dl>
      <LocationFacts
        place={site}
        names={{
          district: district ? name(district) : site.district_code,
          ...(park ? { park: name(park) } : {}),
        }}
      />
      <Citations title={t('details.citations')} clauses={clauses} nameZh={site.name_zh} />
    </>
  )
}

/** The place's description in the UI language (Chinese when there is no English). */
export function Description(props: { zh?: string | undefined; en?: string | undefined }) {
  const { lang } = useI18n()
  const text = lang === 'en' ? (props.en ?? props.zh) : (props.zh ?? props.en)
  return text ? <p className="description">{text}</p> : null
}
