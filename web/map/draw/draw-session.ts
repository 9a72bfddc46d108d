import type { Map as MapLibreMap } from 'maplibre-gl'
import {
  type GeoJSONStoreFeatures,
  TerraDraw,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
} from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { MAP_COLORS } from '../../lib/theme/theme.ts'

type Shape = GeoJSON.Point | GeoJSON.Polygon

/** The feature id terra-draw keeps the shape under. */
const SHAPE_ID = 'edited-shape'

const SELECT_FLAGS = {
  point: { feature: { draggable: true } },
  polygon: {
    feature: {
      draggable: false,
      coordinates: { draggable: true, midpoints: true, deletable: true },
    },
  },
}

/** One editing session of one shape on a map: terra-draw with its MapLibre adapter. */
export interface DrawSession {
  /** Shows `geometry` to drag or reshape; null (polygon only) starts drawing a new outline. */
  show(geometry: Shape | null): void
  /** The geometry this session last reported (so a caller passing it back is no reset). */
  lastReported(): Shape | null
  stop(): void
}

/**
 * Starts terra-draw on `map` for one shape: the select mode with a draggable point, or a
 * polygon whose corners drag and whose midpoints add corners; the polygon mode to draw an
 * outline from nothing. Coordinates are kept to 6 decimals (~0.1 m, as the geodata stores
 * them). `onChange` gets the geometry after every finished gesture.
 */
export function startDrawSession(
  map: MapLibreMap,
  shape: 'point' | 'polygon',
  onChange: (geometry: Shape) => void,
): DrawSession {
  const adapter = new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 6 })
  const selectedColor = MAP_COLORS.selected as `#${string}`
  const draw = new TerraDraw({
    adapter,
    idStrategy: { isValidId: (id) => typeof id === 'string', getId: () => SHAPE_ID },
    modes: [
      new TerraDrawSelectMode({
        flags: SELECT_FLAGS,
        allowManualDeselection: false,
        keyEvents: null,
        styles: {
          selectedPointColor: selectedColor,
          selectedPointWidth: 9,
          selectedPolygonColor: selectedColor,
          selectionPointColor: selectedColor,
        },
      }),
      // registered so that a point feature may be added (the select mode drags it)
      new TerraDrawPointMode(),
      new TerraDrawPolygonMode({
        styles: { fillColor: selectedColor, outlineColor: selectedColor },
      }),
    ],
  })
  draw.start()
  let reported: Shape | null = null
  draw.on('finish', (id) => {
    const feature = draw.getSnapshotFeature(id)
    if (!feature) return
    if (draw.getMode() !== 'select') {
      draw.setMode('select')
      draw.selectFeature(id)
    }
    reported = feature.geometry as Shape
    onChange(reported)
  })
  return {
    show(geometry) {
      draw.clear()
      reported = geometry
      if (!geometry) {
        draw.setMode(shape === 'polygon' ? 'polygon' : 'select')
        return
      }
      const feature = { type: 'Feature', id: SHAPE_ID, geometry, properties: { mode: shape } }
      draw.addFeatures([feature as GeoJSONStoreFeatures])
      draw.setMode('select')
      draw.selectFeature(SHAPE_ID)
    },
    lastReported: () => reported,
    stop() {
      draw.stop()
    },
  }
}
