import { describe, expect, it } from 'vitest'
import { editableShape } from '../../web/features/edit/editable-shape.ts'

const point = { type: 'Point', coordinates: [117.2, 39.1] }
const polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.2, 39.1],
      [117.3, 39.1],
      [117.3, 39.2],
      [117.2, 39.1],
    ],
  ],
}

describe('what the map lets an editor do with a shape', () => {
  it('drags a point and reshapes a one-part outline', () => {
    expect(editableShape({ geometry: point, properties: {} })).toEqual({
      shape: 'point',
      original: point,
    })
    expect(editableShape({ geometry: polygon, properties: { extent: 'outline' } })).toEqual({
      shape: 'polygon',
      original: polygon,
    })
  })

  it('draws an outline for a park whose extent is unknown, and nothing for a zone of parts', () => {
    expect(editableShape({ geometry: null, properties: { extent: 'unknown' } })).toEqual({
      shape: 'polygon',
      original: null,
    })
    expect(editableShape({ geometry: null, properties: { extent: 'parts' } })).toBeNull()
    expect(editableShape({ geometry: null, properties: { extent: 'in-parent' } })).toBeNull()
    expect(editableShape({ geometry: { type: 'MultiPolygon' }, properties: {} })).toBeNull()
  })
})
