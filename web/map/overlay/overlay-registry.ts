import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'

/** A GeoJSON source a feature wants drawn (its id must not clash with the map's own). */
export interface SourceDeclaration {
  kind: 'source'
  id: string
  data: GeoJSON.GeoJSON
  promoteId?: string
}

/** A layer a feature wants drawn: typed data, placed below `beforeId` when that layer exists. */
export interface LayerDeclaration {
  kind: 'layer'
  layer: LayerSpecification
  beforeId?: string | undefined
}

/** What a declared click handler is told: where, and the top feature of its layers (if any). */
export interface MapClickEvent {
  lngLat: [number, number]
  feature: {
    layer: string
    id: string | number | undefined
    properties: Record<string, unknown>
  } | null
}

/**
 * A click handler: with `layers`, it runs only when one of them is under the pointer. Handlers
 * run in declaration order before the map's own behaviour; one that returns true ends the click.
 */
export interface ClickDeclaration {
  kind: 'click'
  layers?: readonly string[] | undefined
  onClick: (event: MapClickEvent) => boolean
}

/** The pointer over the map while declared (e.g. a crosshair while picking a point). */
export interface CursorDeclaration {
  kind: 'cursor'
  cursor: string
}

/** A shape an editor changes on the map (see `draw/map-draw.tsx`): one at a time, the latest wins. */
export interface DrawDeclaration {
  kind: 'draw'
  /** `point`: drag it; `polygon`: reshape the outline, or draw one when `geometry` is null. */
  shape: 'point' | 'polygon'
  geometry: GeoJSON.Point | GeoJSON.Polygon | null
  /** The new geometry after each finished drag or drawing (WGS84, 6 decimals). */
  onChange: (geometry: GeoJSON.Point | GeoJSON.Polygon) => void
}

export type Declaration =
  | SourceDeclaration
  | LayerDeclaration
  | ClickDeclaration
  | CursorDeclaration
  | DrawDeclaration

/** What the map has applied of the declarations (per map instance). */
export interface AppliedOverlay {
  sources: Map<string, GeoJSON.GeoJSON>
  layers: Map<string, LayerSpecification>
}

export const emptyApplied = (): AppliedOverlay => ({ sources: new Map(), layers: new Map() })

/**
 * Brings the map in line with the declared sources and layers: removes what is no longer
 * declared (layers first), adds sources before the layers that use them, re-sends data
 * whose identity changed, and adds layers in declaration order. Any order of declaration
 * works, which keeps React's effect order (and StrictMode's double mounting) out of it.
 */
export function applyOverlay(
  map: MapLibreMap,
  declarations: Iterable<Declaration>,
  applied: AppliedOverlay,
): void {
  const sources = new Map<string, SourceDeclaration>()
  const layers = new Map<string, LayerDeclaration>()
  for (const d of declarations) {
    if (d.kind === 'source') sources.set(d.id, d)
    if (d.kind === 'layer') layers.set(d.layer.id, d)
  }
  for (const [id, spec] of applied.layers) {
    if (layers.get(id)?.layer === spec) continue
    if (map.getLayer(id)) map.removeLayer(id)
    applied.layers.delete(id)
  }
  for (const id of applied.sources.keys()) {
    if (sources.has(id)) continue
    if (map.getSource(id)) map.removeSource(id)
    applied.sources.delete(id)
  }
  for (const [id, { data, promoteId }] of sources) {
    const source = map.getSource<GeoJSONSource>(id)
    if (!source) map.addSource(id, { type: 'geojson', data, ...(promoteId ? { promoteId } : {}) })
    else if (applied.sources.get(id) !== data) source.setData(data)
    applied.sources.set(id, data)
  }
  for (const { layer, beforeId } of layers.values()) {
    if (applied.layers.has(layer.id)) continue
    if ('source' in layer && typeof layer.source === 'string' && !map.getSource(layer.source))
      continue
    map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined)
    applied.layers.set(layer.id, layer)
  }
}

/** The declared click handlers, in declaration order. */
export const clickHandlers = (declarations: Iterable<Declaration>): ClickDeclaration[] =>
  [...declarations].filter((d): d is ClickDeclaration => d.kind === 'click')

/** The cursor the latest cursor declaration asks for, or null. */
export function declaredCursor(declarations: Iterable<Declaration>): string | null {
  let cursor: string | null = null
  for (const d of declarations) if (d.kind === 'cursor') cursor = d.cursor
  return cursor
}

/** The shape to edit the latest draw declaration asks for, or null. */
export function declaredDrawing(declarations: Iterable<Declaration>): DrawDeclaration | null {
  let drawing: DrawDeclaration | null = null
  for (const d of declarations) if (d.kind === 'draw') drawing = d
  return drawing
}
