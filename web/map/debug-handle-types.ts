/** What a rendered feature looks like through the debug handle (plain, serialisable). */
export interface RenderedFeature {
  layer: string
  source: string
  id: string | number | undefined
  properties: Record<string, unknown>
}

/**
 * A read-only window onto the map for browser tests and for people inspecting the page:
 * what is drawn where, and the camera. It cannot change the map. It is always present (not
 * only in a debug build) so that tests exercise exactly the build that is served, and it
 * reveals nothing beyond what the page already draws.
 */
export interface MapDebugHandle {
  readonly ready: boolean
  queryRenderedFeatures(
    layers: string[],
    box?: [[number, number], [number, number]],
  ): RenderedFeature[]
  project(lngLat: [number, number]): { x: number; y: number }
  getCamera(): { center: [number, number]; zoom: number }
  getLayerIds(): string[]
  /** A symbol layer's `text-field` (to see which language labels use). */
  getTextField(layerId: string): unknown
}

declare global {
  interface Window {
    __map?: MapDebugHandle
  }
}
