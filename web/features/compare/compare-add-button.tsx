import { useI18n } from '../../lib/i18n/use-i18n.ts'
import './compare-add.css'
import type { ViewState } from '../../lib/url/view-url.ts'
import { COMPARE_MESSAGES } from './compare-messages.ts'
import { MAX_COMPARE } from './compare-url.ts'
import { useCompareActions, useCompareView } from './use-compare.ts'

/**
 * "Compare": adds a park to the side-by-side comparison (at most three). `also` changes the
 * rest of the view in the same step (the app closes the park's profile, so the comparison shows).
 */
export function CompareAddButton(props: { parkId: string; also?: (view: ViewState) => ViewState }) {
  const { parkId, also } = props
  const { t } = useI18n(COMPARE_MESSAGES)
  const view = useCompareView()
  const { add } = useCompareActions()
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
      onClick={() => add(parkId, also)}
    >
      {added ? `✓ ${t('compare.added')}` : full ? t('compare.full') : `+ ${t('compare.add')}`}
    </button>
  )
}
