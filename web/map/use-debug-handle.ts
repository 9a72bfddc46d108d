import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { createDebugHandle } from './debug-handle.ts'

/** Publishes the read-only `window.__map` handle (see `debug-handle-types.ts`) for this map. */
export function useDebugHandle(map: MapLibreMap | null, ready: boolean): void {
  const readyRef = useRef(ready)
  readyRef.current = ready
  useEffect(() => {
    if (!map) return
    window.__map = createDebugHandle(map, () => readyRef.current)
    return () => {
      window.__map = undefined
    }
  }, [map])
}
