import circle from '@turf/circle'
import {
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  setWorkerUrl,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import type { Lang } from '../../lib/i18n/lang.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { offlineStyle } from '../../map/basemap-style.ts'
import { provideMapImages } from '../../map/map-images.ts'
import type { SourceId } from '../../map/sources.ts'

setWorkerUrl(new URL(workerUrl, window.location.href).href)

export interface StaticMapInput {
  container: HTMLElement
  lang: Lang
  /** Data of the map's sources (those left out stay empty). */
  sources: Partial<Record<SourceId, GeoJSON.FeatureCollection>>
  /** The park or site to mark as selected. */
  selected: { source: 'parks' | 'sites'; id: string } | null
  /** Analysis centre `[lng, lat]` and radius: drawn as a dashed circle, framing the view. */
  center: [number, number]
  radiusKm: number
}

const RING = 'brief-radius'
const CENTRE = 'brief-centre'

function addAnalysisOverlay(map: MapLibreMap, ring: GeoJSON.Feature, center: [number, number]) {
  map.addSource(RING, { type: 'geojson', data: ring })
  map.addSource(CENTRE, { type: 'geojson', data: { type: 'Point', coordinates: center } })
  map.addLayer({
    id: RING,
    type: 'line',
    source: RING,
    paint: { 'line-color': MAP_COLORS.selected, 'line-width': 1.6, 'line-dasharray': [3, 2] },
  })
  map.addLayer({
    id: CENTRE,
    type: 'circle',
    source: CENTRE,
    paint: {
      'circle-radius': 5,
      'circle-color': MAP_COLORS.selected,
      'circle-stroke-color': MAP_COLORS.halo,
      'circle-stroke-width': 2,
    },
  })
}

/**
 * Draws the offline map around `center` (the analysis circle fills the frame) once, waits
 * until everything is drawn, and returns the canvas as a PNG data URL — a stable image for
 * print. The map is removed afterwards.
 */
export function renderStaticMap(input: StaticMapInput): Promise<string> {
  const ring = circle(input.center, input.radiusKm, { units: 'kilometers', steps: 128 })
  const [west, south, east, north] = ringBounds(ring)
  const bounds: LngLatBoundsLike = [
    [west, south],
    [east, north],
  ]
  const map = new MapLibreMap({
    container: input.container,
    style: offlineStyle(input.lang, window.location.href),
    bounds,
    fitBoundsOptions: { padding: 18 },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: 2,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  })
  const stopImages = provideMapImages(map)
  return new Promise((resolve, reject) => {
    map.once('error', (event) => reject(event.error))
    map.once('load', () => {
      for (const [id, data] of Object.entries(input.sources)) {
        map.getSource<GeoJSONSource>(id)?.setData(data)
      }
      addAnalysisOverlay(map, ring, input.center)
      if (input.selected) map.setFeatureState(input.selected, { selected: true })
      map.once('idle', () => {
        const url = map.getCanvas().toDataURL('image/png')
        stopImages()
        map.remove()
        resolve(url)
      })
    })
  })
}

function ringBounds(ring: GeoJSON.Feature<GeoJSON.Polygon>): [number, number, number, number] {
  const coords = ring.geometry.coordinates[0] ?? []
  const lngs = coords.map((c) => c[0] ?? 0)
  const lats = coords.map((c) => c[1] ?? 0)
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
}
