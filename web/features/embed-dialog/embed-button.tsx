import { useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { EmbedDialog } from './embed-dialog.tsx'
import { EMBED_DIALOG_MESSAGES } from './embed-dialog-messages.ts'
import '../../lib/ui/float-button.css'

/** The header's "Embed" button and the dialog it opens. */
export function EmbedButton() {
  const { t } = useI18n(EMBED_DIALOG_MESSAGES)
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="float-button header-action"
        data-testid="embed-button"
        aria-haspopup="dialog"
        title={t('embedDialog.openLabel')}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8.7 16.3 4.4 12l4.3-4.3-1.4-1.4L1.6 12l5.7 5.7 1.4-1.4zm6.6 0 4.3-4.3-4.3-4.3 1.4-1.4 5.7 5.7-5.7 5.7-1.4-1.4z" />
        </svg>
        <span className="header-action-text">{t('embedDialog.open')}</span>
        <span className="visually-hidden">: {t('embedDialog.openLabel')}</span>
      </button>
      <EmbedDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}
