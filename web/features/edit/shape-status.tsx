import type { EditKind } from '../../../api/client/create-curation-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { EDIT_MESSAGES } from './edit-messages.ts'
import { type ShapeDraft, shapeChanged, shapeDraftStore } from './edit-store.ts'

/** What to do on the map with the place's shape, and what has changed (not saved yet). */
export function ShapeStatus(props: { kind: EditKind; draft: ShapeDraft | null }) {
  const { t } = useI18n(EDIT_MESSAGES)
  const { draft } = props
  if (!draft) return null
  const hint =
    draft.shape === 'point'
      ? t('edit.dragPoint')
      : draft.original
        ? t('edit.reshapeOutline')
        : t('edit.drawOutline')
  const current = draft.current
  const change =
    !shapeChanged(draft) || !current
      ? null
      : current.type === 'Point'
        ? t('edit.moved', { position: current.coordinates.map((c) => c.toFixed(5)).join(', ') })
        : t('edit.reshaped', { count: Math.max(0, (current.coordinates[0]?.length ?? 1) - 1) })
  return (
    <div className="shape-status">
      <p className="edit-hint">{hint}</p>
      {change ? (
        <p className="shape-change" data-testid="shape-change" role="status">
          {change}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => shapeDraftStore.update((d) => (d ? { ...d, current: d.original } : d))}
          >
            {t('edit.undoShape')}
          </button>
        </p>
      ) : null}
    </div>
  )
}
