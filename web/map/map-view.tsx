import 'maplibre-gl/dist/maplibre-gl.css'
import { useEffect, useRef } from 'react'
import { useAnalysisOverlay } from '../features/analysis/use-analysis-overlay.ts'
import { useI18n } from '../lib/i18n/use-i18n.ts'
import { usePlaceIndex } from '../lib/places/use-place-index.ts'
import { useView, useViewActions } from '../lib/url/view-context.tsx'
import { createDebugHandle } from './debug-handle.ts'
import { HoverTip } from './hover-tip.tsx'
import { useCameraSync } from './use-camera-sync.ts'
import { useFocusRequests } from './use-focus-requests.ts'
import { useHoverTip } from './use-hover-tip.ts'
import { useLabelLanguage } from './use-label-language.ts'
import { useMapInstance } from './use-map-instance.ts'
import { useMapInteractions } from './use-map-interactions.ts'
import { useMapReady } from './use-map-ready.ts'
import { useMapSources } from './use-map-sources.ts'
import { useSelectionState } from './use-selection-state.ts'
import { useSourceData } from './use-source-data.ts'
import './map-view.css'

/** The map: the only owner of the MapLibre instance. Behaviour lives in the hooks. */
export function MapView() {
  const container = useRef<HTMLElement>(null)
  const view = useView()
  const { select } = useViewActions()
  const { lang, t } = useI18n()
  const map = useMapInstance(container, lang, view.camera)
  const dataVersion = useSourceData(map, useMapSources())
  const ready = useMapReady(map, dataVersion)
  useCameraSync(map)
  useLabelLanguage(map, lang)
  useSelectionState(map, view.selection, dataVersion)
  useAnalysisOverlay(map) // before the map's own interactions: it sees clicks first
  useMapInteractions(map, select)
  useFocusRequests(map, usePlaceIndex())
  const tip = useHoverTip(map)

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
    <>
      <section
        ref={container}
        className="map-view"
        data-testid="map"
        data-ready={ready ? 'true' : 'false'}
        aria-label={t('map.label')}
      />
      <HoverTip tip={tip} />
    </>
  )
}
