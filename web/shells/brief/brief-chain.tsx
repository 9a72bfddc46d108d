import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import { ScoreBar } from './print-safe-marks.tsx'
import type { ChainData } from './use-brief-data.ts'

/** Chain completeness around the place: each link present (with providers) or missing (nearest). */
export function BriefChain(props: { chain: ChainData | null; radiusKm: number }) {
  const { t, lang, name } = useI18n(BRIEF_MESSAGES)
  const chain = props.chain
  if (!chain) {
    return (
      <section className="brief-chain">
        <h2>{t('brief.noChain')}</h2>
      </section>
    )
  }
  const unmeasured = chain.subject.location_precision === 'district'
  return (
    <section className="brief-chain" aria-labelledby="brief-chain-title" data-testid="brief-chain">
      <div className="brief-chain-head">
        <h2 id="brief-chain-title">
          {t('brief.chain', {
            radiusKm: chain.radius_km,
            chain: name({ name_zh: chain.chain_name_zh, name_en: chain.chain_name_en }),
          })}
        </h2>
        <span className="brief-score">
          <ScoreBar share={chain.score} />
          {t('brief.chainScore', { present: chain.present_links, total: chain.total_links })}
        </span>
      </div>
      {unmeasured && <p className="brief-muted">{t('brief.districtOnly')}</p>}
      <ol className="brief-links">
        {chain.links.map((link) => {
          const provider = link.providers[0]
          const member = link.members[0]
          const detail = provider
            ? `${name(provider)}${link.providers.length > 1 ? ` +${link.providers.length - 1}` : ''}`
            : member
              ? `${name(member)} · ${t('brief.inPark')}`
              : link.nearest
                ? t('brief.nearest', {
                    name: name(link.nearest),
                    distance: formatKm(link.nearest.distance_km, lang, 1),
                  })
                : link.same_district[0]
                  ? t('brief.sameDistrict', { name: name(link.same_district[0]) })
                  : t('brief.noProvider')
          return (
            <li key={link.id} className={link.present ? 'is-present' : 'is-missing'}>
              <span className="brief-link-mark" aria-hidden="true">
                {link.present ? '✓' : '✗'}
              </span>
              <span className="brief-link-name">
                {name(link)}
                <span className="visually-hidden">
                  {' '}
                  ({link.present ? t('brief.present') : t('brief.missing')})
                </span>
              </span>
              <span className="brief-link-detail">
                {detail}
                {provider ? ` · ${formatKm(provider.distance_km, lang, 1)}` : ''}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
