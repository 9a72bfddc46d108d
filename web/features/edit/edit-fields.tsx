import { useId } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { EDIT_MESSAGES } from './edit-messages.ts'

/** The properties the editor changes. */
export interface FieldValues {
  name_zh: string
  name_en: string
  location_precision: string
  location_source: string
}

const PRECISIONS = ['exact', 'approximate', 'district'] as const

/** Names, location precision and its source, and the change note: labelled, with hints. */
export function EditFields(props: {
  values: FieldValues
  onChange: (values: FieldValues) => void
  note: string
  onNote: (note: string) => void
}) {
  const { t } = useI18n(EDIT_MESSAGES)
  const id = useId()
  const set = (field: keyof FieldValues) => (value: string) =>
    props.onChange({ ...props.values, [field]: value })
  return (
    <div className="edit-fields">
      <label htmlFor={`${id}-zh`}>{t('edit.nameZh')}</label>
      <input
        id={`${id}-zh`}
        lang="zh-CN"
        value={props.values.name_zh}
        onChange={(e) => set('name_zh')(e.target.value)}
      />
      <label htmlFor={`${id}-en`}>{t('edit.nameEn')}</label>
      <input
        id={`${id}-en`}
        lang="en"
        value={props.values.name_en}
        onChange={(e) => set('name_en')(e.target.value)}
      />
      <label htmlFor={`${id}-precision`}>{t('edit.precision')}</label>
      <select
        id={`${id}-precision`}
        data-testid="edit-precision"
        value={props.values.location_precision}
        onChange={(e) => set('location_precision')(e.target.value)}
      >
        {PRECISIONS.map((precision) => (
          <option key={precision} value={precision}>
            {t(`edit.precision.${precision}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-source`}>{t('edit.source')}</label>
      <textarea
        id={`${id}-source`}
        data-testid="edit-source"
        rows={2}
        aria-describedby={`${id}-source-hint`}
        value={props.values.location_source}
        onChange={(e) => set('location_source')(e.target.value)}
      />
      <p id={`${id}-source-hint`} className="edit-hint">
        {t('edit.sourceHint')}
      </p>
      <label htmlFor={`${id}-note`}>{t('edit.note')}</label>
      <textarea
        id={`${id}-note`}
        data-testid="edit-note"
        rows={2}
        maxLength={2000}
        aria-describedby={`${id}-note-hint`}
        value={props.note}
        onChange={(e) => props.onNote(e.target.value)}
      />
      <p id={`${id}-note-hint`} className="edit-hint">
        {t('edit.noteHint')}
      </p>
    </div>
  )
}
