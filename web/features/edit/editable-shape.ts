import type { EditShape } from './edit-store.ts'

/** The parts of a loaded feature that decide how its shape is edited. */
export interface Loaded {
  geometry: { type: string } | null
  properties: { extent?: string }
}

/**
 * What the map lets the editor do with a place's shape: drag a point (a site, or a park known
 * by a point), reshape a one-part outline, draw an outline for a park whose extent is not
 * known; nothing for a multi-part outline, a zone of parts or a park inside its parent.
 */
export function editableShape(
  feature: Loaded,
): { shape: 'point' | 'polygon'; original: EditShape | null } | null {
  const { geometry } = feature
  if (geometry?.type === 'Point') return { shape: 'point', original: geometry as EditShape }
  if (geometry?.type === 'Polygon') return { shape: 'polygon', original: geometry as EditShape }
  const extent = feature.properties.extent
  if (geometry === null && (extent === undefined || extent === 'unknown')) {
    return { shape: 'polygon', original: null }
  }
  return null
}
