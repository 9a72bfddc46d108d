import type { ParkFeature } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { COMPARE_MESSAGES } from './compare-messages.ts'
import { MAX_COMPARE } from './compare-url.ts'
import { useCompareActions } from './use-compare.ts'

/**
 * The comparison folded to a bar at the bottom: the parks chosen so far (removable) and the
 * button that unfolds the table (from two parks on). Leaves the map and details usable while
 * more parks are picked.
 */
export function CompareTray(props: { features: readonly ParkFeature[]; onExpand: () => void }) {
  const { t, name } = useI18n(COMPARE_MESSAGES)
  const { remove, clear } = useCompareActions()
  const ready = props.features.length >= 2
  return (
    <section
      className="compare-tray"
      data-testid="compare-panel"
      data-mode="tray"
      aria-label={t('compare.label')}
    >
      <span className="compare-tray-title">
        {t('compare.title')}{' '}
        <span className="count">
          {t('compare.count', { count: props.features.length, max: MAX_COMPARE })}
        </span>
      </span>
      <ul className="compare-tray-parks">
        {props.features.map((f) => (
          <li key={f.properties.id} data-park-id={f.properties.id}>
            {name(f.properties)}
            <button
              type="button"
              className="compare-tray-remove"
              data-testid="compare-remove"
              aria-label={t('compare.removeLabel', { name: name(f.properties) })}
              onClick={() => remove(f.properties.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {!ready && <span className="compare-tray-hint">{t('compare.trayHint')}</span>}
      <button
        type="button"
        className="button button--primary"
        data-testid="compare-expand"
        disabled={!ready}
        onClick={props.onExpand}
      >
        {t('compare.expand')}
      </button>
      <CloseButton label={t('compare.close')} onClick={clear} testId="compare-close" />
    </section>
  )
}
