import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { useView, useViewActions } from '../lib/url/view-context.tsx'
import { sameCamera } from '../lib/url/view-url.ts'
import { cameraOf } from './camera.ts'

/**
 * Keeps camera and URL in step: a finished move replaces the URL's camera (no new history
 * entry); a camera arriving from the URL (back/forward) moves the map.
 */
export function useCameraSync(map: MapLibreMap | null): void {
  const { camera } = useView()
  const { setCamera } = useViewActions()
  useEffect(() => {
    if (!map) return
    const onMoveEnd = () => setCamera(cameraOf(map))
    map.on('moveend', onMoveEnd)
    onMoveEnd()
    return () => {
      map.off('moveend', onMoveEnd)
    }
  }, [map, setCamera])
  useEffect(() => {
    if (!map || !camera || sameCamera(camera, cameraOf(map))) return
    map.jumpTo({ center: camera.center, zoom: camera.zoom })
  }, [map, camera])
}
