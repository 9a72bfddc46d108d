import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { pickStore } from '../../lib/stores/pick-store.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import type { SelectionKind } from '../../lib/url/view-url.ts'

/** A place of a pick list: its names, a park mark or its sector's colour; choosing selects it. */
export function PickItem(props: {
  kind: SelectionKind
  id: string
  names: { name_zh: string; name_en: string }
  color?: string
}) {
  const { t, name, altName } = useI18n()
  const { select } = useViewActions()
  const { kind, id, names } = props
  return (
    <li>
      <button
        type="button"
        className="pick-item"
        data-testid="pick-item"
        data-place={`${kind}:${id}`}
        onClick={() => {
          pickStore.set(null)
          select({ kind, id })
        }}
      >
        <span
          className={`chip-dot${kind === 'park' ? ' chip-dot--park' : ''}`}
          style={{ background: kind === 'site' ? props.color : undefined }}
          aria-hidden="true"
        />
        <span className="pick-names">
          <span>{name(names)}</span>
          <span className="muted">
            {kind === 'park' ? `${t('kind.park')} · ` : ''}
            {altName(names)}
          </span>
        </span>
      </button>
    </li>
  )
}
