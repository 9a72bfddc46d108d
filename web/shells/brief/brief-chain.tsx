import type { BriefI18n } from './brief-context.ts'
import type { ChainData } from './use-brief-data.ts'

/** Chain completeness around the place: each link present (with providers) or missing (nearest). */
export function BriefChain(props: { i18n: BriefI18n; chain: ChainData | null; radiusKm: number }) {
  const { bt, name, km } = props.i18n
  const chain = props.chain
  if (!chain) {
    return (
      <section className="brief-chain">
        <h2>{bt('brief.noChain')}</h2>
      </section>
    )
  }
  const percent = Math.round(chain.score * 100)
  return (
    <section className="brief-chain" aria-labelledby="brief-chain-title" data-testid="brief-chain">
      <div className="brief-chain-head">
        <h2 id="brief-chain-title">
          {bt('brief.chain', {
            radiusKm: chain.radius_km,
            chain: name({ name_zh: chain.chain_name_zh, name_en: chain.chain_name_en }),
          })}
        </h2>
        <span className="brief-score">
          <span className="brief-score-bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
          {bt('brief.chainScore', { present: chain.present_links, total: chain.total_links })}
        </span>
      </div>
      <ol className="brief-links">
        {chain.links.map((link) => {
          const provider = link.providers[0]
          const detail = link.present
            ? provider
              ? `${name(provider)}${link.providers.length > 1 ? ` +${link.providers.length - 1}` : ''}`
              : ''
            : link.nearest
              ? bt('brief.nearest', {
                  name: name(link.nearest),
                  distanceKm: link.nearest.distance_km.toFixed(1),
                })
              : bt('brief.noProvider')
          return (
            <li key={link.id} className={link.present ? 'is-present' : 'is-missing'}>
              <span className="brief-link-mark" aria-hidden="true">
                {link.present ? '✓' : '✗'}
              </span>
              <span className="brief-link-name">
                {name(link)}
                <span className="visually-hidden">
                  {' '}
                  ({link.present ? bt('brief.present') : bt('brief.missing')})
                </span>
              </span>
              <span className="brief-link-detail">
                {detail}
                {link.present && provider ? ` · ${km(provider.distance_km)}` : ''}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
