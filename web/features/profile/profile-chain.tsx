import type { ChainCompletenessResult } from '../../../api/domain/index.ts'
import { formatKm, useProfileI18n } from './profile-i18n.ts'
import { PROFILE_RADIUS_KM } from './use-park-profile.ts'

/** Completeness of the park's main chain within the radius: a score and every link's status. */
export function ProfileChain(props: {
  chainId: string | null
  result: ChainCompletenessResult | undefined
  pending: boolean
}) {
  const { pt, lang, name } = useProfileI18n()
  const { result } = props
  const chainName = result ? (lang === 'zh' ? result.chain_name_zh : result.chain_name_en) : ''
  return (
    <section
      className="profile-section profile-chain"
      aria-labelledby="profile-chain"
      data-testid="profile-chain"
      data-chain-id={props.chainId ?? undefined}
      data-score={result ? String(result.score) : undefined}
    >
      <h3 id="profile-chain">
        {pt('profile.chain', { chain: chainName, radiusKm: PROFILE_RADIUS_KM })}
      </h3>
      {props.chainId === null && <p className="muted">{pt('profile.chainNone')}</p>}
      {props.pending && <span className="spinner" aria-hidden="true" />}
      {result && (
        <>
          <div className="chain-score">
            <meter
              min={0}
              max={1}
              value={result.score}
              aria-label={pt('profile.chainScore', {
                present: result.present_links,
                total: result.total_links,
              })}
            />
            <strong data-testid="profile-chain-score">
              {pt('profile.chainScore', {
                present: result.present_links,
                total: result.total_links,
              })}
            </strong>
          </div>
          <ol className="chain-links">
            {result.links.map((link) => (
              <li
                key={link.id}
                className={link.present ? 'chain-link chain-link--present' : 'chain-link'}
                data-link-id={link.id}
                data-present={link.present ? 'true' : 'false'}
              >
                <span className="chain-link-name">{name(link)}</span>
                <span className="chain-link-status">
                  {link.present ? pt('profile.present') : pt('profile.missing')}
                </span>
                <span className="chain-link-detail">
                  {link.present && link.providers[0]
                    ? `${name(link.providers[0])} · ${formatKm(link.providers[0].distance_km, lang)}`
                    : link.nearest
                      ? pt('profile.nearestAt', {
                          name: name(link.nearest),
                          distance: formatKm(link.nearest.distance_km, lang),
                        })
                      : pt('profile.noProvider')}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="note">{pt('profile.chainRule', { radiusKm: PROFILE_RADIUS_KM })}</p>
    </section>
  )
}
