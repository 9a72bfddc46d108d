import type { Map as MapLibreMap } from 'maplibre-gl'

/**
 * The next rendered frame of `map` copied into a 2D canvas. The copy is taken inside the
 * `render` event, while the WebGL drawing buffer still holds the frame (no
 * `preserveDrawingBuffer` needed on the live map).
 */
export function snapshotFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas()
      const copy = document.createElement('canvas')
      copy.width = source.width
      copy.height = source.height
      copy.getContext('2d')?.drawImage(source, 0, 0)
      resolve(copy)
    })
    map.triggerRepaint()
  })
}
