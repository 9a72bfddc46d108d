import { useI18n } from '../../lib/i18n/use-i18n.ts'
import './load-status.css'
import { useCoreStatus } from './use-core-status.ts'

/** Loading and error states of the map data (API unreachable → message and retry). */
export function LoadStatus() {
  const { t } = useI18n()
  const { status, retry } = useCoreStatus()
  if (status === 'success') return null
  if (status === 'pending') {
    return (
      <div className="load-status" data-testid="load-status" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('status.loading')}
      </div>
    )
  }
  return (
    <div className="load-status load-status--error" data-testid="load-error" role="alert">
      <strong>{t('status.error')}</strong>
      <span>{t('status.errorDetail')}</span>
      <button
        type="button"
        className="button button--primary"
        data-testid="retry-button"
        onClick={retry}
      >
        {t('status.retry')}
      </button>
    </div>
  )
}
