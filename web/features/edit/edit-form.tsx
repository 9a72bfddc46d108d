import type { UseMutationResult } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import type { EditKind, PlacePatch } from '../../../api/client/create-curation-client.ts'
import type { CommonKey } from '../../lib/i18n/common-messages.ts'
import type { Translate } from '../../lib/i18n/define-messages.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { EditFields, type FieldValues } from './edit-fields.tsx'
import { EDIT_MESSAGES, type EditKey } from './edit-messages.ts'
import { shapeChanged, shapeDraftStore } from './edit-store.ts'
import { SaveMessage } from './save-message.tsx'
import { saveProblem } from './save-problem.ts'
import { ShapeStatus } from './shape-status.tsx'

interface EditedFeature {
  properties: Record<string, unknown> & FieldValues
}

/**
 * The editor's form for one version of the place (remounted after each save or reload):
 * checks the required fields in the user's language, then sends the changed fields and, when
 * the shape was moved, the new geometry with its precision and source.
 */
export function EditForm(props: {
  kind: EditKind
  feature: EditedFeature
  save: UseMutationResult<unknown, Error, PlacePatch>
  onSaved: () => void
  onReload: () => void
  onChange: () => void
}) {
  const { t } = useI18n(EDIT_MESSAGES)
  const p = props.feature.properties
  const [values, setValues] = useState<FieldValues>({
    name_zh: p.name_zh,
    name_en: p.name_en,
    location_precision: p.location_precision,
    location_source: p.location_source,
  })
  const [note, setNote] = useState('')
  const [invalid, setInvalid] = useState<string | null>(null)
  const draft = shapeDraftStore.use()
  const moved = shapeChanged(draft)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = formProblem(values, note, moved, t)
    setInvalid(problem)
    if (problem) return
    const body: PlacePatch = { change_note: note.trim(), properties: { ...values } }
    if (moved && draft?.current) {
      body.geometry = draft.current
      // a park that had no drawn extent gets the outline just drawn
      if (props.kind === 'park' && draft.original === null)
        body.properties = { ...body.properties, extent: 'outline' }
    }
    props.save.mutate(body, { onSuccess: props.onSaved })
  }
  const change = (next: FieldValues) => {
    setValues(next)
    props.onChange()
  }
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <ShapeStatus kind={props.kind} draft={draft} />
      <EditFields values={values} onChange={change} note={note} onNote={setNote} />
      <SaveMessage
        invalid={invalid}
        problem={props.save.isError ? saveProblem(props.save.error) : null}
        onReload={props.onReload}
      />
      <div className="edit-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            shapeDraftStore.update((d) => (d ? { ...d, current: d.original } : d))
            props.onReload()
          }}
        >
          {t('edit.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="edit-save"
          disabled={props.save.isPending}
        >
          {props.save.isPending ? t('edit.saving') : t('edit.save')}
        </button>
      </div>
    </form>
  )
}

/** The first thing the form itself can tell is wrong, in the user's language. */
function formProblem(
  values: FieldValues,
  note: string,
  moved: boolean,
  t: Translate<EditKey | CommonKey>,
): string | null {
  const required = (field: string) => t('edit.required', { field })
  if (values.name_zh.trim() === '') return required(t('edit.nameZh'))
  if (values.name_en.trim() === '') return required(t('edit.nameEn'))
  if (values.location_source.trim() === '') return required(t('edit.source'))
  if (moved && values.location_precision === 'district') return t('edit.movedDistrict')
  if (note.trim() === '') return required(t('edit.note'))
  return null
}
