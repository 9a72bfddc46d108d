import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import type { StagedPaint } from './staged-paint.ts'
import { firstStageLoaded } from './style/staged-layers.ts'

export interface MapReadiness {
  /**
   * The map has its data (`dataVersion` > 0) and has drawn the districts, parks and sites:
   * at first load, a frame drawn with all their tiles loaded; after a data change or camera
   * move, the map idle again.
   */
  ready: boolean
  /** As `ready`, and the second stage (labels, counts, badges, basemap context) drawn too. */
  labelsReady: boolean
}

/**
 * The map's readiness. The first time it is ready, the second stage starts (`stages`);
 * `labelsReady` follows when the map is idle (everything drawn, labels faded in).
 */
export function useMapReady(
  map: MapLibreMap | null,
  dataVersion: number,
  stages: StagedPaint,
): MapReadiness {
  const [ready, setReady] = useState(false)
  const [labelsReady, setLabelsReady] = useState(false)
  useEffect(() => {
    setReady(false)
    setLabelsReady(false)
    if (!map || dataVersion === 0) return
    // First load: ready at the first frame drawn with every tile of the first stage's sources
    // loaded (the rest of the map need not be idle), and the second stage starts right away.
    const onRender = () => {
      if (stages.started(map) || map.isMoving() || !firstStageLoaded(map)) return
      setReady(true)
      if (!stages.start(map)) setLabelsReady(true)
    }
    const onIdle = () => {
      setReady(true)
      if (!stages.started(map) && stages.start(map)) return
      setLabelsReady(true)
    }
    const onBusy = () => {
      setReady(false)
      setLabelsReady(false)
    }
    map.on('render', onRender)
    map.on('idle', onIdle)
    map.on('movestart', onBusy)
    map.triggerRepaint()
    return () => {
      map.off('render', onRender)
      map.off('idle', onIdle)
      map.off('movestart', onBusy)
    }
  }, [map, dataVersion, stages])
  return { ready, labelsReady }
}
