import { useI18n } from '../../lib/i18n/use-i18n.ts'
import '../../lib/ui/float-button.css'

/** Opens the layer panel's bottom sheet (phones only; hidden on desktop by CSS). */
export function LayersButton(props: { onOpen: () => void }) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="float-button layers-button sheet-only"
      data-testid="layers-button"
      onClick={props.onOpen}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3 2 8l10 5 10-5-10-5zm-7.8 8.9L2 13l10 5 10-5-2.2-1.1L12 15.8l-7.8-3.9zm0 4L2 17l10 5 10-5-2.2-1.1L12 19.8l-7.8-3.9z" />
      </svg>
      {t('layers.open')}
    </button>
  )
}
