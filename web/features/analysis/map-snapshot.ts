import type { Map as MapLibreMap } from 'maplibre-gl'

let current: MapLibreMap | null = null

/**
 * A way to copy the map's pixels for the PNG export without owning the map: the map view
 * registers its instance here (`use-analysis-overlay.ts`), the export asks for a frame.
 */
export const mapSnapshot = {
  register(map: MapLibreMap | null): void {
    current = map
  },
  /**
   * The next rendered frame copied into a 2D canvas. The copy is taken inside the `render`
   * event, while the WebGL drawing buffer still holds the frame (no `preserveDrawingBuffer`).
   */
  capture(): Promise<HTMLCanvasElement> {
    const map = current
    if (!map) return Promise.reject(new Error('the map is not ready'))
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
  },
}
