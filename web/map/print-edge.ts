import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { BLOCKER_IMAGE, BLOCKER_IMAGE_PX } from './style/map-image-ids.ts'

const SOURCE_ID = 'print-edge'
const LAYER_ID = 'print-edge-blocker'

/**
 * Points every `stepPx` along the border of a `widthPx` × `heightPx` frame, corners included.
 *
 * @example edgePoints(32, 16, 16).length // 6
 */
export function edgePoints(
  widthPx: number,
  heightPx: number,
  stepPx: number,
): Array<[number, number]> {
  const points: Array<[number, number]> = []
  const along = (length: number) => {
    const n = Math.max(1, Math.ceil(length / stepPx))
    return Array.from({ length: n + 1 }, (_, i) => (i * length) / n)
  }
  for (const x of along(widthPx)) points.push([x, 0], [x, heightPx])
  for (const y of along(heightPx).slice(1, -1)) points.push([0, y], [widthPx, y])
  return points
}

/**
 * Keeps labels off the edges of a print: invisible icons all along the frame take room in
 * label placement, and the top layer is placed first, so a label that would run over the
 * edge moves to another anchor or gives way — never cut in half by the image's border.
 */
export function guardPrintEdges(map: MapLibreMap): void {
  const { clientWidth: width, clientHeight: height } = map.getContainer()
  const features = edgePoints(width, height, BLOCKER_IMAGE_PX / 2).map(
    ([x, y]): GeoJSON.Feature => {
      const { lng, lat } = map.unproject([x, y])
      return {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [lng, lat] },
      }
    },
  )
  const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features }
  const source = map.getSource<GeoJSONSource>(SOURCE_ID)
  if (source) source.setData(data)
  else map.addSource(SOURCE_ID, { type: 'geojson', data })
  if (map.getLayer(LAYER_ID)) return
  map.addLayer({
    id: LAYER_ID,
    type: 'symbol',
    source: SOURCE_ID,
    layout: { 'icon-image': BLOCKER_IMAGE, 'icon-allow-overlap': true },
  })
}

/** Symbol layers that are markers at a fixed point (counts), not labels that can move. */
const MARKER_LAYERS = new Set(['sites-cluster-count', 'district-level-badge'])

/** How many labels drawn now touch the border of the map's canvas (1 px strips). */
export function labelsOnEdge(map: MapLibreMap): number {
  const layers = map
    .getStyle()
    .layers.filter((l) => l.type === 'symbol' && l.id !== LAYER_ID && !MARKER_LAYERS.has(l.id))
    .map((l) => l.id)
  const { clientWidth: w, clientHeight: h } = map.getContainer()
  const strips: Array<[[number, number], [number, number]]> = [
    [
      [0, 0],
      [w, 1],
    ],
    [
      [0, h - 1],
      [w, h],
    ],
    [
      [0, 0],
      [1, h],
    ],
    [
      [w - 1, 0],
      [w, h],
    ],
  ]
  const ids = new Set<string>()
  for (const strip of strips) {
    for (const f of map.queryRenderedFeatures(strip, { layers })) {
      ids.add(`${f.layer.id}:${f.id ?? JSON.stringify(f.properties)}`)
    }
  }
  return ids.size
}
