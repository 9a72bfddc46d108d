import {
  Map as MapLibreMap,
  type MapOptions,
  NavigationControl,
  prewarm,
  setWorkerUrl,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { type RefObject, useEffect, useRef, useState } from 'react'
import type { Lang } from '../lib/i18n/lang.ts'
import type { Camera } from '../lib/url/view-url.ts'
import { initialPadding, MIN_ZOOM, PAN_BOUNDS, TIANJIN_BOUNDS } from './camera/camera.ts'
import { cooperativeGestureLocale } from './cooperative-gestures.ts'
import type { MapMode } from './map-mode.ts'
import { MAP_MAX_ZOOM, SOURCE } from './sources/sources.ts'
import type { SeedData } from './sources/use-first-stage-seed.ts'
import { offlineStyle, withOverlay } from './style/basemap-style.ts'
import { provideMapImages } from './style/map-images.ts'
import { withSourceData } from './style/with-source-data.ts'

setWorkerUrl(new URL(workerUrl, window.location.href).href)
// The map's worker starts loading now, while the page renders and fetches its data, instead of
// when the map is created: its start-up is otherwise on the way to the first map.
prewarm()

/** Where the map opens: the URL's camera (Tianjin when none), or bounds to fill (snapshot). */
export type InitialView =
  | { camera: Camera | null }
  | { bounds: [[number, number], [number, number]]; paddingPx: number }

export interface MapInstanceOptions {
  mode: MapMode
  lang: Lang
  initial: InitialView
  /** Called when the style or a source fails to load. */
  onError?: (error: Error) => void
  /**
   * An operator's basemap style (`/api/config`), drawn under the project's layers instead of
   * the offline basemap; null for the offline one. Live modes only (a print stays offline).
   */
  onlineStyleUrl?: string | null
  /** Data the map's GeoJSON sources hold from the start (live modes; `withSourceData`). */
  initialData?: SeedData | null
}

/** MapLibre options of each mode (the container and view are added by the caller). */
function modeOptions(
  mode: MapMode,
  lang: Lang,
  baseUrl: string,
  online: string | null,
  data: SeedData,
): Partial<MapOptions> {
  if (mode === 'snapshot') {
    return {
      style: offlineStyle(lang, baseUrl),
      interactive: false,
      attributionControl: false,
      validateStyle: false,
      fadeDuration: 0,
      pixelRatio: 2,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    }
  }
  return {
    style: online
      ? { version: 8, sources: {}, layers: [] }
      : withSourceData(offlineStyle(lang, baseUrl, true), data),
    // Our own style is checked against the style spec by the tests, not again at every load;
    // an operator's online style is.
    validateStyle: online !== null,
    maxBounds: PAN_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAP_MAX_ZOOM,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    ...(mode === 'cooperative'
      ? { cooperativeGestures: true, locale: cooperativeGestureLocale(lang) }
      : {}),
  }
}

/**
 * Creates the MapLibre map in `container` while `enabled`, and returns it once its style has
 * loaded (null before). Mode, language and view are read at creation only; hooks keep
 * language and camera in step later.
 */
export function useMapInstance(
  container: RefObject<HTMLElement | null>,
  options: MapInstanceOptions,
  enabled = true,
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null)
  // Read when the map is created (options may still change before, e.g. the basemap setting).
  const initial = useRef(options)
  initial.current = options
  useEffect(() => {
    const element = container.current
    if (!element || !enabled) return
    const { mode, lang, initial: view, onError } = initial.current
    const data = initial.current.initialData ?? {}
    const online = mode === 'snapshot' ? null : (initial.current.onlineStyleUrl ?? null)
    const baseUrl = window.location.href
    const instance = new MapLibreMap({
      container: element,
      ...modeOptions(mode, lang, baseUrl, online, data),
      ...('bounds' in view
        ? { bounds: view.bounds, fitBoundsOptions: { padding: view.paddingPx } }
        : view.camera
          ? { center: view.camera.center, zoom: view.camera.zoom }
          : {
              bounds: TIANJIN_BOUNDS,
              fitBoundsOptions: { padding: initialPadding(element.clientWidth) },
            }),
    })
    if (onError) {
      instance.on('error', ({ error }) =>
        onError(error instanceof Error ? error : new Error(error.message)),
      )
    }
    if (mode !== 'snapshot') {
      instance.touchZoomRotate.disableRotation()
      if (online) {
        instance.setStyle(online, {
          transformStyle: (_previous, next) =>
            withSourceData(withOverlay(next, lang, baseUrl, true), data),
        })
      }
      instance.addControl(new NavigationControl({ showCompass: false }), 'bottom-right')
    }
    const stopImages = provideMapImages(instance)
    // Ready as soon as the style holding our sources is parsed (with an online basemap, the
    // style set after the empty first one; a source data sent earlier would be lost) — not at
    // `load`, which waits for every (still empty) source's tiles and a first full render, and
    // would hold the data back behind that round trip to the worker.
    const whenStyled = () => {
      if (instance.getSource(SOURCE.sites)) setMap(instance)
      else instance.once('styledata', whenStyled)
    }
    instance.once('style.load', whenStyled)
    return () => {
      stopImages()
      setMap(null)
      instance.remove()
    }
  }, [container, enabled])
  return map
}
