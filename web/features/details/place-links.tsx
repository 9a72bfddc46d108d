import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import type { Selection } from '../../lib/url/view-url.ts'
import { requestFocus } from '../../map/camera/camera-requests.ts'

export interface PlaceLinkItem {
  selection: Selection
  name_zh: string
  name_en: string
}

/** A list of places; choosing one selects it and brings it into view. */
export function PlaceLinks(props: { items: readonly PlaceLinkItem[]; testId?: string }) {
  const { name } = useI18n()
  const { select } = useViewActions()
  if (props.items.length === 0) return null
  return (
    <ul className="place-links" data-testid={props.testId}>
      {props.items.map((item) => (
        <li key={`${item.selection.kind}:${item.selection.id}`}>
          <PlaceLink item={item} label={name(item)} onChoose={select} />
        </li>
      ))}
    </ul>
  )
}

export function PlaceLink(props: {
  item: PlaceLinkItem
  label: string
  onChoose: (s: Selection) => void
}) {
  return (
    <button
      type="button"
      className="place-link"
      onClick={() => {
        props.onChoose(props.item.selection)
        requestFocus(props.item.selection)
      }}
    >
      {props.label}
    </button>
  )
}
