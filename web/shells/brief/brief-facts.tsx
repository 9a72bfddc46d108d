import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { extentText } from '../../lib/ui/extent-text.ts'
import { formatInvestment } from '../../lib/ui/format.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import { truncateText } from './truncate.ts'
import type { AccessData, BriefSubject } from './use-brief-data.ts'

const BASIS_MAX_CHARS = 90

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  )
}

/**
 * Key facts: district, type and level, sectors, precision and what it rests on, extent (an
 * area only for a citable outline), position (only when known better than the district, and
 * not for a zone of parts: the map shows where each part is).
 */
export function BriefFacts(props: {
  subject: BriefSubject
  district: { name_zh: string; name_en: string } | null
  access: AccessData | null
}) {
  const { t, lang, name } = useI18n(BRIEF_MESSAGES)
  const sectors = useQuery(sectorListQuery()).data ?? []
  const p = props.subject.feature?.properties
  const district = props.district ?? props.access?.district ?? null
  const at = props.subject.lngLat
  const sectorNames = (p?.sectors ?? []).map((id) => {
    const sector = sectors.find((s) => s.id === id)
    return sector ? name(sector) : id
  })
  const inside = props.access?.inside_parks ?? []
  return (
    <section className="brief-facts" aria-labelledby="brief-facts-title">
      <h2 id="brief-facts-title">{t('brief.keyFacts')}</h2>
      <dl>
        {district ? <Fact label={t('details.district')}>{name(district)}</Fact> : null}
        {p && 'extent' in p ? (
          <Fact label={t('details.kind')}>
            {t(`parkKind.${p.kind}`)}
            {p.level ? ` · ${t(`level.${p.level}`)}` : ''}
          </Fact>
        ) : null}
        {p && 'investment_cny_100m' in p ? (
          <Fact label={t('details.kind')}>
            {t(`siteKind.${p.kind}`)}
            {p.status ? ` · ${t(`status.${p.status}`)}` : ''}
          </Fact>
        ) : null}
        {sectorNames.length > 0 ? (
          <Fact label={t('details.sectors')}>{sectorNames.join(' · ')}</Fact>
        ) : null}
        {p ? (
          <Fact label={t('details.precision')}>
            {'extent' in p && p.extent === 'parts'
              ? t('brief.byParts')
              : t(`precision.${p.location_precision}`)}
            <span className="brief-source">
              {t('brief.locationBasis')}:{' '}
              {
                truncateText(
                  lang === 'zh' ? p.location_basis_zh : p.location_basis_en,
                  BASIS_MAX_CHARS,
                ).text
              }
            </span>
          </Fact>
        ) : null}
        {p && 'extent' in p ? <Fact label={t('brief.extent')}>{extentText(p, lang)}</Fact> : null}
        {p && 'investment_cny_100m' in p && p.investment_cny_100m !== null ? (
          <Fact label={t('details.investment')}>
            {formatInvestment(p.investment_cny_100m, lang, t)}
          </Fact>
        ) : null}
        {!p && inside.length > 0 ? (
          <Fact label={t('brief.insideParks')}>{inside.map((park) => name(park)).join(' · ')}</Fact>
        ) : null}
        {at && !(p && 'extent' in p && p.extent === 'parts') ? (
          <Fact label={t('brief.coordinates')}>
            {at[0].toFixed(5)}, {at[1].toFixed(5)}
          </Fact>
        ) : null}
      </dl>
    </section>
  )
}
