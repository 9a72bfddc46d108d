import { createStore } from '../../lib/stores/create-store.ts'

export type EditShape = GeoJSON.Point | GeoJSON.Polygon

/** A place's shape being changed on the map: what it was, and what it is now (unsaved). */
export interface ShapeDraft {
  key: string
  shape: 'point' | 'polygon'
  original: EditShape | null
  current: EditShape | null
}

/** Whether Edit mode is on (the header toggle; off again after a reload). */
export const editModeStore = createStore(false)

/**
 * The shape of the place being edited: the details panel's editor sets it, the map layer
 * (`edit-map-layer.tsx`) shows it for dragging and writes each change back.
 */
export const shapeDraftStore = createStore<ShapeDraft | null>(null)

/** Whether the draft's shape differs from the saved one. */
export function shapeChanged(draft: ShapeDraft | null): boolean {
  return draft !== null && draft.current !== draft.original
}
