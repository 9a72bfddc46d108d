import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { EDIT_MESSAGES, type EditKey } from './edit-messages.ts'
import type { SaveProblem } from './save-problem.ts'

/** Field paths the data check names, in the form's words. */
const FIELD_LABELS: Record<string, EditKey> = {
  'properties.name_zh': 'edit.nameZh',
  'properties.name_en': 'edit.nameEn',
  'properties.location_precision': 'edit.precision',
  'properties.location_source': 'edit.source',
  change_note: 'edit.note',
}

/**
 * Why the form was not saved: a missing field (checked here), someone else's newer change
 * (with Reload), or the data check's refusal listing each field it named; the check's own
 * explanation follows the field, as the server wrote it.
 */
export function SaveMessage(props: {
  invalid: string | null
  problem: SaveProblem | null
  onReload: () => void
}) {
  const { t } = useI18n(EDIT_MESSAGES)
  const { invalid, problem } = props
  if (invalid) {
    return (
      <p className="edit-error" role="alert" data-testid="edit-error">
        {invalid}
      </p>
    )
  }
  if (!problem) return null
  if (problem.kind === 'refused') {
    return (
      <div className="edit-error" role="alert" data-testid="edit-error">
        <p>{t('edit.refused')}</p>
        <ul>
          {problem.problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>
              <strong>
                {FIELD_LABELS[p.field] ? t(FIELD_LABELS[p.field] as EditKey) : p.field}
              </strong>
              : <span lang="en">{p.message}</span>
            </li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <p className="edit-error" role="alert" data-testid="edit-error">
      {t(`edit.${problem.kind}`)}{' '}
      {problem.kind === 'stale' ? (
        <button type="button" className="link-button" onClick={props.onReload}>
          {t('edit.reload')}
        </button>
      ) : null}
    </p>
  )
}
