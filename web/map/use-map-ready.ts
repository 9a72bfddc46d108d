import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import type { StagedPaint } from './staged-paint.ts'

export interface MapReadiness {
  /**
   * The map has its data (`dataVersion` > 0) and has gone idle after the latest data change
   * or camera move: districts, parks and sites drawn, nothing of them left to draw.
   */
  ready: boolean
  /** As `ready`, and the second stage (labels, counts, badges, basemap context) drawn too. */
  labelsReady: boolean
}

/**
 * The map's readiness. The first time it is ready, the second stage starts (`stages`);
 * `labelsReady` follows at the next idle.
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
    const onIdle = () => {
      setReady(true)
      if (!stages.started(map) && stages.start(map)) return
      setLabelsReady(true)
    }
    const onBusy = () => {
      setReady(false)
      setLabelsReady(false)
    }
    map.on('idle', onIdle)
    map.on('movestart', onBusy)
    map.triggerRepaint()
    return () => {
      map.off('idle', onIdle)
      map.off('movestart', onBusy)
    }
  }, [map, dataVersion, stages])
  return { ready, labelsReady }
}
