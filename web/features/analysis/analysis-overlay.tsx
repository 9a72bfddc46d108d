import { bbox } from '@turf/bbox'
import { useEffect, useMemo, useRef } from 'react'
import { roundPosition } from '../../../api/domain/round-coordinates.ts'
import { requestCamera } from '../../map/camera/camera-requests.ts'
import { MapClick, MapCursor, MapLayer, MapSource } from '../../map/overlay/map-declarations.tsx'
import type { MapClickEvent } from '../../map/overlay/overlay-registry.ts'
import { OVERLAY_SLOTS } from '../../map/style/layers.ts'
import type { AnalysisView } from './analysis-url.ts'
import { overlayFeatures, radiusCircle } from './overlay-features.ts'
import {
  ANALYSIS_AREA_LAYERS,
  ANALYSIS_HULL_LAYERS,
  ANALYSIS_POINT_LAYERS,
  ANALYSIS_SOURCE,
} from './overlay-layers.ts'
import { pickMode, usePickMode } from './pick-mode.ts'
import { selectedCluster, useSelectedCluster } from './selected-cluster.ts'
import { useAnalysisActions, useAnalysisView } from './use-analysis.ts'
import { useAnalysisData } from './use-analysis-data.ts'
import { useCandidatePositions } from './use-candidate-positions.ts'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** Room left for the analysis panel when the subject and its radius are brought into view. */
const fitPadding = (mapWidthPx: number) =>
  mapWidthPx >= 720 ? { top: 100, bottom: 60, left: 430, right: 60 } : 40

/**
 * The open analysis drawn over the map (radius, highlights, lines, hulls, candidates) and its
 * clicks, as declarations a `<MapView>` applies: in pick mode a click places the subject point
 * (and goes no further); a click on a cluster hull lists its members.
 */
export function AnalysisOverlay() {
  const view = useAnalysisView()
  const data = useAnalysisData(view)
  const actions = useAnalysisActions()
  const picking = usePickMode()
  const cluster = useSelectedCluster()
  const candidates = useCandidatePositions(view?.candidates, data.lookup)
  const overlay = useMemo(
    () =>
      view
        ? overlayFeatures({
            mode: view.mode,
            subject: data.subject?.position ?? null,
            centers: data.subject?.centers ?? [],
            radiusKm: view.radiusKm,
            within: data.withinVm,
            nearest: data.nearest.data,
            clusters: data.clusters.data,
            chain: data.chainVm,
            access: data.access.data,
            candidates,
            selectedCluster: cluster,
          })
        : { areas: EMPTY, lines: EMPTY, points: EMPTY },
    [view, data, candidates, cluster],
  )
  useFitSubject(view, data.subject?.position ?? undefined)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') pickMode.set(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const placePoint = ({ lngLat: [lng, lat] }: MapClickEvent) => {
    if (!pickMode.get()) return false
    pickMode.set(false)
    actions.open({ kind: 'point', at: roundPosition([lng, lat]) })
    return true
  }
  const selectHull = ({ feature }: MapClickEvent) => {
    selectedCluster.set(Number(feature?.properties.cluster_id))
    return true
  }
  return (
    <>
      <MapSource id={ANALYSIS_SOURCE.areas} data={overlay.areas} />
      <MapSource id={ANALYSIS_SOURCE.lines} data={overlay.lines} />
      <MapSource id={ANALYSIS_SOURCE.points} data={overlay.points} />
      {ANALYSIS_AREA_LAYERS.map((layer) => (
        <MapLayer key={layer.id} layer={layer} beforeId={OVERLAY_SLOTS.belowSites} />
      ))}
      {ANALYSIS_POINT_LAYERS.map((layer) => (
        <MapLayer key={layer.id} layer={layer} beforeId={OVERLAY_SLOTS.aboveSites} />
      ))}
      <MapClick onClick={placePoint} />
      <MapClick layers={ANALYSIS_HULL_LAYERS} onClick={selectHull} />
      {picking ? <MapCursor cursor="crosshair" /> : null}
    </>
  )
}

/** Asks the map to show the subject and its radius when they change (not on load: the URL's camera wins). */
function useFitSubject(view: AnalysisView | null, subjectAt: [number, number] | undefined) {
  const radiusKm = view?.radiusKm
  const fitKey = subjectAt && radiusKm ? `${subjectAt.join(',')},${radiusKm}` : null
  // undefined: the page opened on an analysis, whose first fit is skipped.
  const lastFit = useRef<string | null | undefined>(view?.subject ? undefined : null)
  useEffect(() => {
    if (!fitKey || !subjectAt || !radiusKm) return
    const first = lastFit.current === undefined
    lastFit.current = fitKey
    if (first) return
    const [w, s, e, n] = bbox(radiusCircle(subjectAt, radiusKm))
    requestCamera({
      kind: 'fit',
      bounds: [w, s, e, n],
      padding: fitPadding,
      maxZoom: 13,
      durationMs: 600,
    })
  }, [fitKey, subjectAt, radiusKm])
}
