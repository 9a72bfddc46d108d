import { Map as MapLibreMap, type MapOptions, NavigationControl, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { type RefObject, useEffect, useRef, useState } from 'react'
import type { Lang } from '../lib/i18n/lang.ts'
import type { Camera } from '../lib/url/view-url.ts'
import { ONLINE_BASEMAP_STYLE_URL, offlineStyle, withOverlay } from './basemap-style.ts'
import { initialPadding, PAN_BOUNDS, TIANJIN_BOUNDS } from './camera.ts'
import { provideMapImages } from './map-images.ts'
import { MAP_MAX_ZOOM } from './sources.ts'

setWorkerUrl(new URL(workerUrl, window.location.href).href)

/**
 * Creates the MapLibre map once, in `container`, and returns it after its style has loaded
 * (null before). Language and camera are read at creation only; hooks keep them in sync later.
 * `extraOptions` (read at creation too) lets other pages adjust it, e.g. the embed's
 * `cooperativeGestures`.
 */
export function useMapInstance(
  container: RefObject<HTMLElement | null>,
  lang: Lang,
  camera: Camera | null,
  extraOptions: Partial<MapOptions> = {},
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const initial = useRef({ lang, camera, extraOptions })
  useEffect(() => {
    const element = container.current
    if (!element) return
    const { lang: startLang, camera: startCamera, extraOptions: extra } = initial.current
    const baseUrl = window.location.href
    const instance = new MapLibreMap({
      container: element,
      style: ONLINE_BASEMAP_STYLE_URL
        ? { version: 8, sources: {}, layers: [] }
        : offlineStyle(startLang, baseUrl),
      ...(startCamera
        ? { center: startCamera.center, zoom: startCamera.zoom }
        : { bounds: TIANJIN_BOUNDS }),
      fitBoundsOptions: { padding: initialPadding(element.clientWidth) },
      maxBounds: PAN_BOUNDS,
      minZoom: 6,
      maxZoom: MAP_MAX_ZOOM,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      ...extra,
    })
    instance.touchZoomRotate.disableRotation()
    if (ONLINE_BASEMAP_STYLE_URL) {
      instance.setStyle(ONLINE_BASEMAP_STYLE_URL, {
        transformStyle: (_previous, next) => withOverlay(next, startLang, baseUrl),
      })
    }
    instance.addControl(new NavigationControl({ showCompass: false }), 'bottom-right')
    const stopImages = provideMapImages(instance)
    instance.once('load', () => setMap(instance))
    return () => {
      stopImages()
      setMap(null)
      instance.remove()
    }
  }, [container])
  return map
}
