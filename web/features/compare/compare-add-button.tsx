import { useProfileId } from '../profile/use-profile.ts'
import { useCompareI18n } from './compare-i18n.ts'
import { MAX_COMPARE } from './compare-url.ts'
import { useCompareActions, useCompareView } from './use-compare.ts'

/**
 * "Compare": adds a park to the side-by-side comparison (at most three). From the profile it
 * also closes the profile, so that the comparison shows.
 */
export function CompareAddButton({ parkId }: { parkId: string }) {
  const { ct } = useCompareI18n()
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
      title={ct('compare.addLabel')}
      onClick={() => add(parkId, { closeProfile: profileId === parkId })}
    >
      {added ? `✓ ${ct('compare.added')}` : full ? ct('compare.full') : `+ ${ct('compare.add')}`}
    </button>
  )
}
