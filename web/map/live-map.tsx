import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../lib/i18n/use-i18n.ts'
import { configQuery } from '../lib/queries/config.ts'
import { NO_FILTERS } from '../lib/url/view-url.ts'
import { useCameraRequests } from './camera/use-camera-requests.ts'
import { useCameraSync } from './camera/use-camera-sync.ts'
import { useDrawing } from './draw/use-drawing.ts'
import { HoverTip } from './hover-tip.tsx'
import { useMapHandleSlot } from './map-provider.tsx'
import type { LiveMapProps } from './map-view-props.ts'
import { DeclarationContext } from './overlay/map-declarations.tsx'
import { clickHandlers, declaredCursor, declaredDrawing } from './overlay/overlay-registry.ts'
import { useDeclarationStore, useOverlay } from './overlay/use-overlay.ts'
import { frameOf, snapshotFrame } from './snapshot-frame.ts'
import { useFirstStageSeed } from './sources/use-first-stage-seed.ts'
import { useSiteTiles } from './sources/use-site-tiles.ts'
import { useSourceData } from './sources/use-source-data.ts'
import { StagedPaint } from './staged-paint.ts'
import { useDebugHandle } from './use-debug-handle.ts'
import { useExpandedCluster } from './use-expanded-cluster.ts'
import { useHoverTip } from './use-hover-tip.ts'
import { useLabelLanguage } from './use-label-language.ts'
import { useMapInstance } from './use-map-instance.ts'
import { useMapInteractions } from './use-map-interactions.ts'
import { useMapReady } from './use-map-ready.ts'
import { useSelectionState } from './use-selection-state.ts'

const NONE_HIDDEN: readonly string[] = []

/** `<MapView>` in the `interactive` (app) and `cooperative` (embed) modes. */
export function LiveMap(props: LiveMapProps) {
  const { mode } = props
  const container = useRef<HTMLElement>(null)
  const { lang, t } = useI18n()
  const declarationStore = useDeclarationStore()
  const declarations = declarationStore.use()
  // The basemap is a run-time setting of the server: wait for it (offline when it fails).
  const config = useQuery(configQuery())
  const settled = config.isSuccess || config.isError
  const onlineStyleUrl = config.data?.basemap_style_url ?? null
  // The map is created once the districts, parks and sites are in, with them in its style
  // (as a bare MapLibre page does): created earlier, its empty first frame compiled shader
  // programs while the data waited; now that happens while the worker tiles the data.
  const seed = useFirstStageSeed(props.sources)
  const map = useMapInstance(
    container,
    { mode, lang, initial: { camera: props.camera }, onlineStyleUrl, initialData: seed },
    settled && seed !== null,
  )
  const hiddenSectors = props.hiddenSectors ?? NONE_HIDDEN
  const siteFilters = props.siteFilters ?? NO_FILTERS
  useSiteTiles(map, config.data?.site_tiles === true, hiddenSectors, siteFilters)
  const [stages] = useState(() => new StagedPaint())
  const dataVersion = useSourceData(map, props.sources, stages, seed)
  const { ready, labelsReady } = useMapReady(map, dataVersion, stages)
  useCameraSync(map, props.camera, props.onCameraChange)
  useLabelLanguage(map, lang)
  useSelectionState(map, props.selection, dataVersion, props.places)
  useExpandedCluster(map, props.selection, dataVersion)
  useOverlay(map, declarations)
  const drawing = declaredDrawing(declarations.values())
  useDrawing(map, drawing)
  useMapInteractions(map, {
    editing: drawing !== null,
    onSelect: props.onSelect,
    onPick: props.onPick,
    clicks: clickHandlers(declarations.values()),
    cursor: declaredCursor(declarations.values()),
  })
  useCameraRequests(map, props.places, mode)
  const tip = useHoverTip(mode === 'interactive' ? map : null, hiddenSectors)
  useDebugHandle(map, ready)
  const handleSlot = useMapHandleSlot()
  // The handle is published once the map has drawn its data (`useMap()`): a snapshot or
  // focus before that would show an empty map.
  const [drawn, setDrawn] = useState(false)
  if (ready && !drawn) setDrawn(true)
  useEffect(() => {
    if (!map || !handleSlot || !drawn) return
    handleSlot.set({
      snapshot: () => snapshotFrame(map),
      frame: () => frameOf(map),
      focus: () => map.getCanvas().focus(),
    })
    return () => handleSlot.set(null)
  }, [map, handleSlot, drawn])
  return (
    <DeclarationContext value={declarationStore}>
      <section
        ref={container}
        className="map-view"
        data-testid="map"
        data-ready={ready ? 'true' : 'false'}
        data-labels-ready={labelsReady ? 'true' : 'false'}
        aria-label={t('map.label')}
      />
      {mode === 'interactive' ? <HoverTip tip={tip} /> : null}
      {props.children}
    </DeclarationContext>
  )
}
