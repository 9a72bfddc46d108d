import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useSessionUser } from '../../lib/queries/session.ts'
import '../../lib/ui/float-button.css'
import { EDIT_MESSAGES } from './edit-messages.ts'
import { editModeStore } from './edit-store.ts'

/** The header's "Edit" switch, offered to editors and administrators only. */
export function EditToggle() {
  const { t } = useI18n(EDIT_MESSAGES)
  const { canEdit } = useSessionUser()
  const on = editModeStore.use()
  if (!canEdit) return null
  return (
    <button
      type="button"
      className="float-button header-action"
      data-testid="edit-toggle"
      aria-pressed={on}
      title={t('edit.modeLabel')}
      onClick={() => editModeStore.set(!on)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zm17.7-10.2a1 1 0 0 0 0-1.42l-2.33-2.33a1 1 0 0 0-1.42 0l-1.83 1.83 3.75 3.75 1.83-1.83z" />
      </svg>
      <span className="header-action-text">{t('edit.mode')}</span>
    </button>
  )
}
