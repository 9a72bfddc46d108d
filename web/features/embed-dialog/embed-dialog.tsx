import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { embedPageUrl } from '../../lib/url/embed-url.ts'
import { useView } from '../../lib/url/view-context.tsx'
import './embed-dialog.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { EMBED_DIALOG_MESSAGES } from './embed-dialog-messages.ts'
import { embedSnippet } from './embed-snippet.ts'

/** The result of the last copy, for the snippet it copied (a changed snippet clears it). */
type CopyResult = { snippet: string; ok: boolean } | null

/**
 * "Embed this map": a modal dialog (native `<dialog>`: focus kept inside, Esc closes) with the
 * `<iframe>` code for the current view, a copy button and a preview link.
 */
export function EmbedDialog(props: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const view = useView()
  const { t } = useI18n(EMBED_DIALOG_MESSAGES)
  const [listFirst, setListFirst] = useState(false)
  const [lastCopy, setLastCopy] = useState<CopyResult>(null)
  const ids = { title: useId(), intro: useId(), code: useId() }
  const src = embedPageUrl(window.location.origin, view, listFirst ? 'list' : 'map')
  const snippet = embedSnippet(src, t('embedDialog.frameTitle'))

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (props.open && !element.open) element.showModal()
    if (!props.open && element.open) element.close()
  }, [props.open])
  const copy = lastCopy?.snippet === snippet ? (lastCopy.ok ? 'copied' : 'failed') : 'idle'

  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      setLastCopy({ snippet, ok: true })
    } catch {
      setLastCopy({ snippet, ok: false })
    }
  }

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      data-testid="embed-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      onClose={props.onClose}
    >
      <div className="embed-dialog-head">
        <h2 id={ids.title}>{t('embedDialog.title')}</h2>
        <CloseButton label={t('embedDialog.close')} onClick={props.onClose} />
      </div>
      <p id={ids.intro} className="embed-dialog-intro">
        {t('embedDialog.intro')}
      </p>
      <label htmlFor={ids.code} className="embed-dialog-label">
        {t('embedDialog.code')}
      </label>
      <textarea
        id={ids.code}
        className="embed-dialog-code"
        data-testid="embed-snippet"
        readOnly
        rows={5}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <label className="embed-dialog-option">
        <input
          type="checkbox"
          checked={listFirst}
          onChange={(event) => setListFirst(event.currentTarget.checked)}
        />
        {t('embedDialog.listFirst')}
      </label>
      <div className="embed-dialog-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="embed-copy"
          onClick={() => void copySnippet()}
        >
          {t('embedDialog.copy')}
        </button>
        <a className="button" data-testid="embed-preview" href={src} target="_blank" rel="noopener">
          {t('embedDialog.preview')}
          <span className="visually-hidden"> {t('embedDialog.newWindow')}</span>
        </a>
        <span className="embed-dialog-status" role="status">
          {copy === 'copied' ? t('embedDialog.copied') : null}
          {copy === 'failed' ? t('embedDialog.copyFailed') : null}
        </span>
      </div>
    </dialog>
  )
}
