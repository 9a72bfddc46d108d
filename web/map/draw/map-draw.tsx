import { useRef } from 'react'
import { useDeclaration, useStable } from '../overlay/map-declarations.tsx'

type Shape = GeoJSON.Point | GeoJSON.Polygon

/**
 * Lets the user change one shape on the map while mounted: drag a point, or reshape a polygon
 * (drag its corners, pull a midpoint to add one), or draw a new polygon when `geometry` is
 * null. `onChange` gets the geometry after each finished gesture; the caller keeps it (and
 * passes it back as `geometry`) until it is saved. The map owns the drawing tool (terra-draw,
 * loaded on first use); a feature only declares what to edit.
 *
 * @example
 * <MapDraw shape="point" geometry={site.geometry} onChange={setMoved} />
 */
export function MapDraw(props: {
  shape: 'point' | 'polygon'
  geometry: Shape | null
  onChange: (geometry: Shape) => void
}) {
  const handler = useRef(props.onChange)
  handler.current = props.onChange
  const declaration = useStable({
    kind: 'draw',
    shape: props.shape,
    geometry: props.geometry,
    onChange: (geometry: Shape) => handler.current(geometry),
  })
  useDeclaration(declaration)
  return null
}
