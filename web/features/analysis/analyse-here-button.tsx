import { useI18n } from '../../lib/i18n/use-i18n.ts'
import './analyse-here-button.css'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { useAnalysisActions } from './use-analysis.ts'

/** "Analyse around here" in a park's or site's details: opens the panel on that place. */
export function AnalyseHereButton(props: { kind: 'site' | 'park'; id: string }) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const { open } = useAnalysisActions()
  return (
    <button
      type="button"
      className="button analyse-here"
      data-testid="analyse-here"
      onClick={() => open({ kind: props.kind, id: props.id })}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2zm0 18a8 8 0 1 1 8-8 8 8 0 0 1-8 8zm0-13a5 5 0 1 0 5 5 5 5 0 0 0-5-5zm0 8a3 3 0 1 1 3-3 3 3 0 0 1-3 3z" />
      </svg>
      {t('analysis.here')}
    </button>
  )
}
