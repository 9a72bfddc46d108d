import { bbox as turfBbox } from '@turf/bbox'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import Flatbush from 'flatbush'
import type { Geometry } from 'geojson'
import type { LngLat } from '../domain/index.ts'

/** `[minLng, minLat, maxLng, maxLat]` in WGS84 degrees. */
export type Bbox = [number, number, number, number]

/** Flatbush index over the bounding boxes of features (points have degenerate boxes). */
export interface BoxIndex<T> {
  readonly items: readonly T[]
  readonly tree: Flatbush | null
}

/**
 * Indexes the bounding box of each feature once.
 *
 * @example
 * const districts = buildBoxIndex(dataset.districts)
 */
export function buildBoxIndex<T extends { geometry: unknown }>(items: readonly T[]): BoxIndex<T> {
  if (items.length === 0) return { items, tree: null }
  const tree = new Flatbush(items.length)
  for (const item of items) {
    const [minLng, minLat, maxLng, maxLat] = turfBbox(item.geometry as Geometry)
    tree.add(minLng, minLat, maxLng, maxLat)
  }
  tree.finish()
  return { items, tree }
}

/**
 * Features whose bounding box intersects `bbox` (edges inclusive), in item order.
 *
 * @example
 * featuresInBbox(parks, [117.0, 39.0, 117.5, 39.3])
 */
export function featuresInBbox<T>(index: BoxIndex<T>, bbox: Bbox): T[] {
  if (!index.tree) return []
  return index.tree
    .search(...bbox)
    .sort((a, b) => a - b)
    .map((i) => index.items[i] as T)
}

/**
 * (Multi)polygon features that contain `point` (boundary counts as inside): flatbush finds
 * the candidate boxes, `@turf/boolean-point-in-polygon` decides.
 *
 * @example
 * featuresContaining(districts, [117.2, 39.13]) // [Heping District]
 */
export function featuresContaining<T extends { geometry: { type: string } | null }>(
  index: BoxIndex<T>,
  point: LngLat,
): T[] {
  return featuresInBbox(index, [point[0], point[1], point[0], point[1]]).filter((f) => {
    const g = f.geometry as Geometry | null
    return (g?.type === 'Polygon' || g?.type === 'MultiPolygon') && booleanPointInPolygon(point, g)
  })
}
