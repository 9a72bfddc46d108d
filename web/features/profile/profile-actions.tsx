import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PROFILE_MESSAGES } from './profile-messages.ts'
import { useProfileActions } from './use-profile.ts'
import './profile-actions.css'

/** In a park's details: "Full profile", then what the shell adds (e.g. "Compare"). */
export function ProfileActions(props: { parkId: string; children?: ReactNode }) {
  const { parkId } = props
  const { t } = useI18n(PROFILE_MESSAGES)
  const { open } = useProfileActions()
  return (
    <div className="profile-entry">
      <button
        type="button"
        className="button open-profile"
        data-testid="open-profile"
        title={t('profile.openLabel')}
        onClick={() => open(parkId)}
      >
        {t('profile.open')}
      </button>
      {props.children}
    </div>
  )
}
