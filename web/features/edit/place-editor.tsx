import { useId, useState } from 'react'
import type { EditKind } from '../../../api/client/create-curation-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useSessionUser } from '../../lib/queries/session.ts'
import { EditForm } from './edit-form.tsx'
import { EDIT_MESSAGES } from './edit-messages.ts'
import { editModeStore } from './edit-store.ts'
import './edit.css'
import { PlaceHistory } from './place-history.tsx'
import { usePlaceEdit } from './use-place-edit.ts'

/**
 * The place's editor in the details panel while Edit mode is on (editors and administrators):
 * its shape on the map to drag or reshape, its names, precision and source, a change note,
 * Save; then its history with Revert for administrators.
 */
export function PlaceEditor(props: { kind: EditKind; id: string }) {
  const { t } = useI18n(EDIT_MESSAGES)
  const on = editModeStore.use()
  const { canEdit } = useSessionUser()
  const titleId = useId()
  if (!on || !canEdit) return null
  return (
    <section className="place-editor" data-testid="place-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('edit.title')}</h3>
      <LoadedEditor kind={props.kind} id={props.id} />
      <PlaceHistory kind={props.kind} id={props.id} />
    </section>
  )
}

function LoadedEditor(props: { kind: EditKind; id: string }) {
  const { t } = useI18n(EDIT_MESSAGES)
  const { loaded, save } = usePlaceEdit(props.kind, props.id)
  const [saved, setSaved] = useState(false)
  if (!loaded.data) {
    return loaded.isError ? (
      <p role="alert">
        {t('edit.failed')}{' '}
        <button type="button" className="link-button" onClick={() => loaded.refetch()}>
          {t('edit.reload')}
        </button>
      </p>
    ) : null
  }
  return (
    <>
      <EditForm
        key={loaded.data.etag}
        kind={props.kind}
        feature={loaded.data.feature}
        save={save}
        onSaved={() => setSaved(true)}
        onReload={() => {
          save.reset()
          void loaded.refetch()
        }}
        onChange={() => setSaved(false)}
      />
      {saved && !save.isError ? (
        <p className="edit-saved" role="status" data-testid="edit-saved">
          {t('edit.saved')}
        </p>
      ) : null}
    </>
  )
}
