import 'maplibre-gl/dist/maplibre-gl.css'
import { LiveMap } from './live-map.tsx'
import type { MapViewProps } from './map-view-props.ts'
import './map-view.css'
import { SnapshotMap } from './snapshot-map.tsx'

/**
 * The map: the only owner of the MapLibre instance. Pages hand it data — its sources, and as
 * children declarations of overlays, click handlers and cursors — and ask for camera moves
 * (`camera/camera-requests.ts`); it applies them. One component in three modes (`map-mode.ts`).
 */
export function MapView(props: MapViewProps) {
  return props.mode === 'snapshot' ? <SnapshotMap {...props} /> : <LiveMap {...props} />
}
