// The first-map bench's anchor: MapLibre alone drawing the same districts, parks and sites
// GeoJSON the app draws, fetched from the same server, with plain fill/line/circle layers
// (no React, no labels, no basemap). `data-ready="true"` once the map is idle with the data.
import { Map as MapLibreMap, setWorkerUrl } from './maplibre-gl.mjs'

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href)

const json = (path) => fetch(path).then((res) => res.json())
const [districts, parks, sites] = await Promise.all([
  json('/api/districts'),
  json('/api/parks'),
  json('/api/sites'),
])
const element = document.getElementById('map')
const map = new MapLibreMap({
  container: element,
  bounds: [
    [116.7, 38.48],
    [118.06, 40.26],
  ],
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: districts },
      parks: { type: 'geojson', data: parks },
      sites: { type: 'geojson', data: sites },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      {
        id: 'districts-fill',
        type: 'fill',
        source: 'districts',
        paint: { 'fill-color': '#e8e4da' },
      },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#888' } },
      {
        id: 'parks-fill',
        type: 'fill',
        source: 'parks',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#93c5fd', 'fill-opacity': 0.5 },
      },
      {
        id: 'parks-point',
        type: 'circle',
        source: 'parks',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': '#1d4ed8', 'circle-radius': 5 },
      },
      {
        id: 'sites-circle',
        type: 'circle',
        source: 'sites',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': '#dc2626', 'circle-radius': 4 },
      },
    ],
  },
})
map.once('load', () => {
  map.once('idle', () => {
    element.dataset.ready = 'true'
  })
  map.triggerRepaint()
})
