import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { CompareAddButton } from '../compare/compare-add-button.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'
import { useProfileActions } from './use-profile.ts'

/** In a park's details: "Full profile" and "Compare". */
export function ProfileActions({ parkId }: { parkId: string }) {
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
      <CompareAddButton parkId={parkId} />
    </div>
  )
}
