import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useProfileId } from '../profile/use-profile.ts'
import { COMPARE_MESSAGES } from './compare-messages.ts'
import { MAX_COMPARE } from './compare-url.ts'
import { useCompareActions, useCompareView } from './use-compare.ts'

/**
 * "Compare": adds a park to the side-by-side comparison (at most three). From the profile it
 * also closes the profile, so that the comparison shows.
 */
export function CompareAddButton({ parkId }: { parkId: string }) {
  const { t } = useI18n(COMPARE_MESSAGES)
  const view = useCompareView()
  const { add } = useCompareActions()
  const profileId = useProfileId()
  const parks = view?.parks ?? []
  const added = parks.includes(parkId)
  const full = !added && parks.length >= MAX_COMPARE
  return (
    <button
      type="button"
      className="button compare-add"
      data-testid="compare-add"
      aria-pressed={added}
      disabled={full}
      title={t('compare.addLabel')}
      onClick={() => add(parkId, { closeProfile: profileId === parkId })}
    >
      {added ? `✓ ${t('compare.added')}` : full ? t('compare.full') : `+ ${t('compare.add')}`}
    </button>
  )
}
