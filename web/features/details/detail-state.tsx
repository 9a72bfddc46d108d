import { ApiError } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** Loading / error / not-found body of the details panel. */
export function DetailState(props: { error: unknown; isPending: boolean; onRetry: () => void }) {
  const { t } = useI18n()
  if (props.isPending) {
    return (
      <div className="detail-state" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('details.loading')}
      </div>
    )
  }
  const notFound = props.error instanceof ApiError && props.error.status === 404
  return (
    <div className="detail-state detail-state--error" role="alert">
      {notFound ? t('details.notFound') : t('details.error')}
      {!notFound && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  )
}
