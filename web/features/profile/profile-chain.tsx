import type { ChainCompletenessResult } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { PROFILE_MESSAGES } from './profile-messages.ts'

/** Completeness of the park's main chain within the radius: a score and every link's status. */
export function ProfileChain(props: {
  chainId: string | null
  result: ChainCompletenessResult | undefined
  pending: boolean
}) {
  const { t, lang, name } = useI18n(PROFILE_MESSAGES)
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
        {t('profile.chain', { chain: chainName, radiusKm: PARK_CHAIN_RADIUS_KM })}
      </h3>
      {props.chainId === null && <p className="muted">{t('profile.chainNone')}</p>}
      {props.pending && <span className="spinner" aria-hidden="true" />}
      {result && (
        <>
          <div className="chain-score">
            <meter
              min={0}
              max={1}
              value={result.score}
              aria-label={t('profile.chainScore', {
                present: result.present_links,
                total: result.total_links,
              })}
            />
            <strong data-testid="profile-chain-score">
              {t('profile.chainScore', {
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
                  {link.present ? t('profile.present') : t('profile.missing')}
                </span>
                <span className="chain-link-detail">
                  {link.present && link.providers[0]
                    ? `${name(link.providers[0])} · ${formatKm(link.providers[0].distance_km, lang, 1)}`
                    : link.nearest
                      ? t('profile.nearestAt', {
                          name: name(link.nearest),
                          distance: formatKm(link.nearest.distance_km, lang, 1),
                        })
                      : t('profile.noProvider')}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="note">{t('profile.chainRule', { radiusKm: PARK_CHAIN_RADIUS_KM })}</p>
    </section>
  )
}
