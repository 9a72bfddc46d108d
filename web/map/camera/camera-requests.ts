import type { PaddingOptions } from 'maplibre-gl'
import { createStore } from '../../lib/stores/create-store.ts'
import type { Selection } from '../../lib/url/view-url.ts'

/** Padding in pixels, or per side; a function gets the map's width (narrow screens differ). */
export type CameraPadding =
  | number
  | PaddingOptions
  | ((mapWidthPx: number) => number | PaddingOptions)

/**
 * A camera move asked of the map. Anything may ask; the map decides how (a fly in the app,
 * a jump in the embed) and when (a place waits until the places have loaded).
 */
export type CameraRequest =
  | { kind: 'focus'; target: Selection }
  | {
      kind: 'fit'
      /** `[west, south, east, north]` in degrees. */
      bounds: [number, number, number, number]
      padding: CameraPadding
      maxZoom: number
      durationMs: number
    }

/** The latest request, numbered so that the map handles each once. */
export interface NumberedRequest {
  id: number
  request: CameraRequest
}

const latest = createStore<NumberedRequest | null>(null)

/**
 * Asks the map to move. Not part of the URL: the resulting camera is. The latest request
 * made before the map is ready is carried out once it is.
 */
export function requestCamera(request: CameraRequest): void {
  latest.update((previous) => ({ id: (previous?.id ?? 0) + 1, request }))
}

/** Asks the map to bring a place into view (a chosen search result, a tour stop, …). */
export function requestFocus(target: Selection): void {
  requestCamera({ kind: 'focus', target })
}

/** The latest camera request (the map watches it). */
export function useCameraRequest(): NumberedRequest | null {
  return latest.use()
}
