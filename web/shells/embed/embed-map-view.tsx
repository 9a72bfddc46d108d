import 'maplibre-gl/dist/maplibre-gl.css'
import { useEffect, useMemo, useRef } from 'react'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { createDebugHandle } from '../../map/debug-handle.ts'
import { useCameraSync } from '../../map/use-camera-sync.ts'
import { useLabelLanguage } from '../../map/use-label-language.ts'
import { useMapInstance } from '../../map/use-map-instance.ts'
import { useMapInteractions } from '../../map/use-map-interactions.ts'
import { useMapReady } from '../../map/use-map-ready.ts'
import { useMapSources } from '../../map/use-map-sources.ts'
import { useSelectionState } from '../../map/use-selection-state.ts'
import { useSourceData } from '../../map/use-source-data.ts'
import '../../map/map-view.css'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { cooperativeGestureLocale } from '../../map/cooperative-gestures.ts'
import { EMBED_MESSAGES } from './embed-messages.ts'
import { useEmbedFocus } from './use-embed-focus.ts'

/**
 * The embed's map: the main app's map hooks (sources, layers, selection, clicks, camera in the
 * URL) on a MapLibre instance with cooperative gestures, so that the host page keeps its
 * scroll (Ctrl/⌘ + wheel or two fingers move the map).
 */
export function EmbedMapView() {
  const container = useRef<HTMLElement>(null)
  const view = useView()
  const { select } = useViewActions()
  const { lang, t } = useI18n(EMBED_MESSAGES)
  const options = useMemo(
    () => ({ cooperativeGestures: true, locale: cooperativeGestureLocale(lang) }),
    [lang],
  )
  const map = useMapInstance(container, lang, view.camera, options)
  const dataVersion = useSourceData(map, useMapSources())
  const ready = useMapReady(map, dataVersion)
  useCameraSync(map)
  useLabelLanguage(map, lang)
  useSelectionState(map, view.selection, dataVersion)
  useMapInteractions(map, select)
  useEmbedFocus(map, usePlaceIndex())

  const readyRef = useRef(ready)
  readyRef.current = ready
  useEffect(() => {
    if (!map) return
    window.__map = createDebugHandle(map, () => readyRef.current)
    return () => {
      window.__map = undefined
    }
  }, [map])

  return (
    <section
      ref={container}
      className="map-view"
      data-testid="map"
      data-ready={ready ? 'true' : 'false'}
      aria-label={t('map.label')}
    />
  )
}
