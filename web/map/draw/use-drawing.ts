import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { DrawDeclaration } from '../overlay/overlay-registry.ts'
import type { DrawSession } from './draw-session.ts'

/**
 * Runs the declared drawing (`<MapDraw>`) on the map: starts a terra-draw session when one is
 * declared (its code loaded only then: the public map never downloads it), shows the declared
 * geometry, and stops when the declaration goes. A geometry passed back unchanged from
 * `onChange` is not shown again (that would drop the user's selection mid-edit).
 */
export function useDrawing(map: MapLibreMap | null, drawing: DrawDeclaration | null): void {
  const latest = useRef(drawing)
  latest.current = drawing
  const session = useRef<DrawSession | null>(null)
  const shape = drawing?.shape ?? null
  useEffect(() => {
    if (!map || !shape) return
    let stopped = false
    import('./draw-session.ts').then(({ startDrawSession }) => {
      if (stopped) return
      session.current = startDrawSession(map, shape, (geometry) =>
        latest.current?.onChange(geometry),
      )
      session.current.show(latest.current?.geometry ?? null)
    })
    return () => {
      stopped = true
      session.current?.stop()
      session.current = null
    }
  }, [map, shape])
  const geometry = drawing?.geometry ?? null
  useEffect(() => {
    const current = session.current
    if (current && current.lastReported() !== geometry) current.show(geometry)
  }, [geometry])
}
