import type { PaddingOptions } from 'maplibre-gl'
import { createStore } from '../../lib/stores/create-store.ts'
import type { Selection } from '../../lib/url/view-url.ts'

/**
 * Padding in pixels, or per side; a function gets the map's size when the move starts
 * (narrow screens differ; a caption card may have just changed height).
 */
export type CameraPadding =
  | number
  | PaddingOptions
  | ((mapWidthPx: number, mapHeightPx: number) => number | PaddingOptions)

/**
 * A camera move asked of the map. Anything may ask; the map decides how (a fly in the app,
 * a jump in the embed) and when (a place waits until the places have loaded).
 */
export type CameraRequest =
  | {
      kind: 'focus'
      target: Selection
      /** Room to keep clear (default: the app's panels). */
      padding?: CameraPadding
      /** The closest zoom to show the place at (default: close in on it). */
      maxZoom?: number
    }
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

/**
 * Asks the map to bring a place into view (a chosen search result, a tour stop, …),
 * optionally keeping `padding` clear and not closer than `maxZoom`.
 */
export function requestFocus(
  target: Selection,
  options: { padding?: CameraPadding; maxZoom?: number } = {},
): void {
  requestCamera({ kind: 'focus', target, ...options })
}

/** The latest camera request (the map watches it). */
export function useCameraRequest(): NumberedRequest | null {
  return latest.use()
}
