import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'

/**
 * True once the map has its data (`dataVersion` > 0) and has gone idle after the latest data
 * change or camera move: style, sources and layers loaded, nothing left to draw.
 */
export function useMapReady(map: MapLibreMap | null, dataVersion: number): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    setReady(false)
    if (!map || dataVersion === 0) return
    const onIdle = () => setReady(true)
    const onBusy = () => setReady(false)
    map.on('idle', onIdle)
    map.on('movestart', onBusy)
    map.triggerRepaint()
    return () => {
      map.off('idle', onIdle)
      map.off('movestart', onBusy)
    }
  }, [map, dataVersion])
  return ready
}
