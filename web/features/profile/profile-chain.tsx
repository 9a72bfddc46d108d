import type { ChainCompletenessResult, ChainLinkStatus } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { PROFILE_MESSAGES, type ProfileKey } from './profile-messages.ts'

/**
 * What backs a link: a provider in range (with its distance), a member of the park ("in this
 * park", no distance), or — for a missing link — the nearest located provider and the
 * district-level ones in the same district (distance unknown), else "no provider".
 */
function linkDetail(
  link: ChainLinkStatus,
  i18n: Pick<ReturnType<typeof useI18n<ProfileKey>>, 't' | 'lang' | 'name'>,
): string {
  const { t, lang, name } = i18n
  const provider = link.providers[0]
  if (provider) return `${name(provider)} · ${formatKm(provider.distance_km, lang, 1)}`
  const member = link.members[0]
  if (member) return t('profile.inPark', { name: name(member) })
  const parts = [
    link.nearest
      ? t('profile.nearestAt', {
          name: name(link.nearest),
          distance: formatKm(link.nearest.distance_km, lang, 1),
        })
      : null,
    link.same_district[0]
      ? t('profile.sameDistrict', {
          name: name(link.same_district[0]),
          count: link.same_district.length,
        })
      : null,
  ].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' · ') : t('profile.noProvider')
}

/**
 * Completeness of the park's main chain: a link counts as present with a located provider
 * within the radius of the park's position, or a firm of the park itself (its own sites and
 * its parts'); a park known only by district is never measured.
 */
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
      {result?.subject.location_precision === 'district' && (
        <p className="note" data-testid="profile-chain-district">
          {t('profile.chainDistrict')}
        </p>
      )}
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
                <span className="chain-link-detail" data-testid="profile-chain-detail">
                  {linkDetail(link, { t, lang, name })}
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
