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

/** The centre of the map's canvas, its zoom and its device pixel ratio (see `MapHandle.frame`). */
export function frameOf(map: MapLibreMap): {
  center: [number, number]
  zoom: number
  pixelRatio: number
} {
  const canvas = map.getCanvas()
  const { lng, lat } = map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2])
  return {
    center: [lng, lat],
    zoom: map.getZoom(),
    pixelRatio: canvas.width / Math.max(1, canvas.clientWidth),
  }
}
