import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { sectorCountKey } from '../../../api/domain/site-tile-sector-count.ts'

const COUNT = 'point_count'
const COUNT_ABBREVIATED = 'point_count_abbreviated'

/**
 * How many of a tile cluster's sites are visible: its `point_count` less its counts of the
 * `hidden` primary sectors (every site has a primary sector, so this is the sum of the others).
 *
 * @example visibleSiteCount(['wind']) // ['-', point_count, ['+', 0, sites:wind or 0]]
 */
export function visibleSiteCount(hidden: readonly string[]): ExpressionSpecification {
  const total: ExpressionSpecification = ['number', ['get', COUNT], 0]
  if (hidden.length === 0) return ['get', COUNT]
  const hiddenCounts = hidden.map(
    (sector): ExpressionSpecification => ['number', ['get', sectorCountKey(sector)], 0],
  )
  return ['-', total, ['+', 0, ...hiddenCounts]]
}

/**
 * `visibleSiteCount` of a cluster's properties, in code (e.g. for a tooltip). Clusters of a
 * GeoJSON source have no per-sector counts: there it is their `point_count`.
 *
 * @example visibleClusterSites({ point_count: 5, 'sites:wind': 2 }, ['wind']) // 3
 */
export function visibleClusterSites(
  properties: Record<string, unknown>,
  hidden: readonly string[],
): number {
  const hiddenSites = hidden.reduce(
    (sum, sector) => sum + (Number(properties[sectorCountKey(sector)]) || 0),
    0,
  )
  return (Number(properties[COUNT]) || 0) - hiddenSites
}

/** `count` written as the tiles write `point_count_abbreviated` (1234 → 1.2k, 12345 → 12k). */
function abbreviated(count: ExpressionSpecification): ExpressionSpecification {
  return [
    'case',
    ['>=', count, 10000],
    ['concat', ['to-string', ['round', ['/', count, 1000]]], 'k'],
    ['>=', count, 1000],
    ['concat', ['to-string', ['/', ['round', ['/', count, 100]], 10]], 'k'],
    ['to-string', count],
  ]
}

/** Whether a tile feature shows: a cluster with a visible site, or a site of a sector on. */
export function tiledSiteShown(hidden: readonly string[]): ExpressionSpecification {
  return [
    'case',
    ['has', COUNT],
    ['>', visibleSiteCount(hidden), 0],
    ['!', ['in', ['get', 'sector'], ['literal', [...hidden]]]],
  ]
}

/** `value` with every read of a cluster's size replaced by `count` (and its abbreviation). */
function withCount(value: unknown, count: ExpressionSpecification): unknown {
  if (!Array.isArray(value)) return value
  if (value.length === 2 && value[0] === 'get' && value[1] === COUNT) return count
  if (value.length === 2 && value[0] === 'get' && value[1] === COUNT_ABBREVIATED)
    return abbreviated(count)
  return value.map((item) => withCount(item, count))
}

/** The paint or layout properties of `layer` whose values read a cluster's size. */
export function countProperties(layer: LayerSpecification): {
  paint: Record<string, unknown>
  layout: Record<string, unknown>
} {
  const reading = (props: object | undefined) =>
    Object.fromEntries(
      Object.entries(props ?? {}).filter(([, value]) => JSON.stringify(value).includes(COUNT)),
    )
  return {
    paint: reading('paint' in layer ? layer.paint : undefined),
    layout: reading('layout' in layer ? layer.layout : undefined),
  }
}

/**
 * A sites layer of the tiled map leaving out the `hidden` primary sectors: sites of those
 * sectors are filtered out, and clusters count, size and show (when any is left) only their
 * other sites. With nothing hidden the layer is returned as it is.
 *
 * @example tiledSiteLayer(clusterLayer, ['wind']) // filter and circle-radius without wind
 */
export function tiledSiteLayer(
  layer: LayerSpecification,
  hidden: readonly string[],
): LayerSpecification {
  if (hidden.length === 0 || layer.type === 'background') return layer
  const count = visibleSiteCount(hidden)
  const shown = tiledSiteShown(hidden)
  const { paint, layout } = countProperties(layer)
  const swap = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).map(([key, value]) => [key, withCount(value, count)]))
  return {
    ...layer,
    filter: layer.filter ? ['all', layer.filter as ExpressionSpecification, shown] : shown,
    ...('paint' in layer && { paint: { ...layer.paint, ...swap(paint) } }),
    ...('layout' in layer && { layout: { ...layer.layout, ...swap(layout) } }),
  } as LayerSpecification
}
