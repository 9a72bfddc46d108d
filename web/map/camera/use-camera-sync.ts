import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { type Camera, sameCamera } from '../../lib/url/view-url.ts'
import { cameraOf } from './camera.ts'

/**
 * Keeps the map and a controlled camera (the URL's) in step: a finished move is reported to
 * `onChange`; a camera arriving from outside (back/forward) moves the map.
 */
export function useCameraSync(
  map: MapLibreMap | null,
  camera: Camera | null,
  onChange: (camera: Camera) => void,
): void {
  const report = useRef(onChange)
  report.current = onChange
  useEffect(() => {
    if (!map) return
    const onMoveEnd = () => report.current(cameraOf(map))
    map.on('moveend', onMoveEnd)
    onMoveEnd()
    return () => {
      map.off('moveend', onMoveEnd)
    }
  }, [map])
  useEffect(() => {
    if (!map || !camera || sameCamera(camera, cameraOf(map))) return
    map.jumpTo({ center: camera.center, zoom: camera.zoom })
  }, [map, camera])
}
