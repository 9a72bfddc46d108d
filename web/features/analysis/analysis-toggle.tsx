import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { useAnalysisActions, useAnalysisView } from './use-analysis.ts'
import '../../lib/ui/float-button.css'

/** The header's "Analyse" button: opens or closes the cluster-planning panel. */
export function AnalysisToggle() {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const view = useAnalysisView()
  const { open, close } = useAnalysisActions()
  return (
    <button
      type="button"
      className="float-button header-action"
      data-testid="analysis-toggle"
      aria-pressed={Boolean(view)}
      title={t('analysis.openLabel')}
      onClick={() => (view ? close() : open())}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2zm0 18a8 8 0 1 1 8-8 8 8 0 0 1-8 8zm0-13a5 5 0 1 0 5 5 5 5 0 0 0-5-5zm0 8a3 3 0 1 1 3-3 3 3 0 0 1-3 3z" />
      </svg>
      <span className="header-action-text">{t('analysis.open')}</span>
    </button>
  )
}
