import type { ReactNode } from 'react'
import type { ParkProperties } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PROFILE_MESSAGES } from './profile-messages.ts'

/** Name (both languages), kind and level, and the actions: printable brief, then `actions`. */
export function ProfileHeader({ park, actions }: { park: ParkProperties; actions?: ReactNode }) {
  const { t, lang, name, altName } = useI18n(PROFILE_MESSAGES)
  const brief = `/brief?park=${encodeURIComponent(park.id)}&lang=${lang}`
  return (
    <header className="profile-header">
      <div className="profile-title">
        <div className="badges">
          <span className="kind-badge kind-badge--park">{t(`parkKind.${park.kind}`)}</span>
          {park.level && <span className="kind-badge">{t(`level.${park.level}`)}</span>}
        </div>
        <h2 data-testid="profile-name">{name(park)}</h2>
        <p className="alt-name" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {altName(park)}
        </p>
      </div>
      <div className="profile-actions">
        <a
          className="button button--primary"
          data-testid="profile-brief"
          href={brief}
          target="_blank"
          rel="noopener"
          title={t('profile.briefLabel')}
        >
          {t('profile.brief')}
        </a>
        {actions}
      </div>
    </header>
  )
}
