import { MapDraw } from '../../map/draw/map-draw.tsx'
import { editModeStore, shapeDraftStore } from './edit-store.ts'

/**
 * The map half of Edit mode (placed inside `<MapView>` by the shell): the shape of the place
 * being edited, draggable or reshapable; each finished gesture updates the draft.
 */
export function EditMapLayer() {
  const on = editModeStore.use()
  const draft = shapeDraftStore.use()
  if (!on || !draft) return null
  return (
    <MapDraw
      shape={draft.shape}
      geometry={draft.current}
      onChange={(geometry) =>
        shapeDraftStore.update((d) => (d && d.key === draft.key ? { ...d, current: geometry } : d))
      }
    />
  )
}
