import { bbox } from '@turf/bbox'
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useMemo, useRef } from 'react'
import type { AnalysisView } from './analysis-url.ts'
import { mapSnapshot } from './map-snapshot.ts'
import { overlayFeatures, radiusCircle } from './overlay-features.ts'
import {
  ANALYSIS_HULL_LAYERS,
  ANALYSIS_SOURCE,
  analysisAreaLayers,
  analysisPointLayers,
} from './overlay-layers.ts'
import { pickMode, usePickMode } from './pick-mode.ts'
import { resolveSubject } from './place-facts.ts'
import { selectedCluster, useSelectedCluster } from './selected-cluster.ts'
import { useAnalysisActions, useAnalysisView } from './use-analysis.ts'
import { candidateLabel, useAnalysisData } from './use-analysis-data.ts'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** The layer after `id` in the style (to insert right above `id`), or undefined (top). */
function layerAbove(map: MapLibreMap, id: string): string | undefined {
  const layers = map.getStyle().layers
  const index = layers.findIndex((l) => l.id === id)
  return index < 0 ? undefined : layers[index + 1]?.id
}

function installLayers(map: MapLibreMap): () => void {
  for (const id of Object.values(ANALYSIS_SOURCE)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY })
  }
  const areas = analysisAreaLayers()
  const points = analysisPointLayers()
  const belowSites = map.getLayer('sites-cluster') ? 'sites-cluster' : undefined
  for (const layer of areas) map.addLayer(layer, belowSites)
  const aboveSites = layerAbove(map, 'sites-selected')
  for (const layer of points) map.addLayer(layer, aboveSites)
  return () => {
    if (!map.style) return
    for (const layer of [...areas, ...points]) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
    for (const id of Object.values(ANALYSIS_SOURCE)) if (map.getSource(id)) map.removeSource(id)
  }
}

/**
 * Draws the open analysis over the map (radius, highlights, lines, hulls, candidates) and
 * handles its clicks: in pick mode a click places the subject point (and the click goes no
 * further); a click on a cluster hull lists its members. Called by `map/map-view.tsx`, before
 * the map's own interactions, so that it sees clicks first.
 */
export function useAnalysisOverlay(map: MapLibreMap | null): void {
  const view = useAnalysisView()
  const data = useAnalysisData(view)
  const actions = useAnalysisActions()
  const picking = usePickMode()
  const cluster = useSelectedCluster()
  const lookup = data.lookup
  const candidateSubjects = view?.candidates
  const candidates = useCandidatePositions(candidateSubjects, lookup)

  useEffect(() => {
    if (!map) return
    mapSnapshot.register(map)
    const uninstall = installLayers(map)
    return () => {
      mapSnapshot.register(null)
      uninstall()
    }
  }, [map])

  const overlay = useMemo(
    () =>
      view
        ? overlayFeatures({
            mode: view.mode,
            subject: data.subject?.position ?? null,
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
  useEffect(() => {
    if (!map) return
    map.getSource<GeoJSONSource>(ANALYSIS_SOURCE.areas)?.setData(overlay.areas)
    map.getSource<GeoJSONSource>(ANALYSIS_SOURCE.lines)?.setData(overlay.lines)
    map.getSource<GeoJSONSource>(ANALYSIS_SOURCE.points)?.setData(overlay.points)
  }, [map, overlay])

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = picking ? 'crosshair' : ''
  }, [map, picking])

  // Bring the subject and its radius into view when they change (not on load: the URL's camera wins).
  const subjectAt = data.subject?.position
  const radiusKm = view?.radiusKm
  const fitKey = subjectAt && radiusKm ? `${subjectAt.join(',')},${radiusKm}` : null
  // undefined: the page opened on an analysis, whose first fit is skipped.
  const lastFit = useRef<string | null | undefined>(view?.subject ? undefined : null)
  useEffect(() => {
    if (!map || !fitKey || !subjectAt || !radiusKm) return
    const first = lastFit.current === undefined
    lastFit.current = fitKey
    if (first) return
    const [w, s, e, n] = bbox(radiusCircle(subjectAt, radiusKm))
    const wide = map.getContainer().clientWidth >= 720
    map.fitBounds([w, s, e, n], {
      padding: wide ? { top: 100, bottom: 60, left: 430, right: 60 } : 40,
      maxZoom: 13,
      duration: 600,
    })
  }, [map, fitKey, subjectAt, radiusKm])

  const actionsRef = useRef(actions)
  actionsRef.current = actions
  // Registered once per map (before the map's own click handler, which skips prevented clicks).
  useEffect(() => {
    if (!map) return
    const onClick = (event: MapMouseEvent) => {
      if (pickMode.get()) {
        event.preventDefault()
        pickMode.set(false)
        const { lng, lat } = event.lngLat
        const at: [number, number] = [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
        actionsRef.current.open({ kind: 'point', at })
        return
      }
      const layers = ANALYSIS_HULL_LAYERS.filter((id) => map.getLayer(id))
      const hull = layers.length > 0 ? map.queryRenderedFeatures(event.point, { layers })[0] : null
      if (hull) {
        event.preventDefault()
        selectedCluster.set(Number(hull.properties.cluster_id))
      }
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') pickMode.set(false)
    }
    map.on('click', onClick)
    window.addEventListener('keydown', onKey)
    return () => {
      map.off('click', onClick)
      window.removeEventListener('keydown', onKey)
    }
  }, [map])
}

/** Candidates with their label (A, B, C) and position (unknown places left out). */
export function useCandidatePositions(
  subjects: AnalysisView['candidates'] | undefined,
  lookup: ReturnType<typeof useAnalysisData>['lookup'],
) {
  return useMemo(
    () =>
      (subjects ?? []).flatMap((s, i) => {
        const resolved = lookup ? resolveSubject(s, lookup) : null
        return resolved ? [{ label: candidateLabel(i), position: resolved.position, resolved }] : []
      }),
    [subjects, lookup],
  )
}
