import { CompareAddButton } from '../compare/compare-add-button.tsx'
import { useProfileI18n } from './profile-i18n.ts'
import { useProfileActions } from './use-profile.ts'

/** In a park's details: "Full profile" and "Compare". */
export function ProfileActions({ parkId }: { parkId: string }) {
  const { pt } = useProfileI18n()
  const { open } = useProfileActions()
  return (
    <div className="profile-entry">
      <button
        type="button"
        className="button open-profile"
        data-testid="open-profile"
        title={pt('profile.openLabel')}
        onClick={() => open(parkId)}
      >
        {pt('profile.open')}
      </button>
      <CompareAddButton parkId={parkId} />
    </div>
  )
}
