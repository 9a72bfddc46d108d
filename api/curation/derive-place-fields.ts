import { outlineAreaKm2 } from '../data/checks/derived-fields.ts'
import { clauseDocId } from '../data/checks/reference-sets.ts'
import type { PlaceKind } from '../store/place-edit.ts'

/** A park's polygon as far as the area needs it (anything else is left to check:data). */
type AreaGeometry = Parameters<typeof outlineAreaKm2>[0]

/**
 * Fills in the properties a place's other fields determine, so an editor never has to keep
 * them in step by hand (check:data then confirms them like any other): `plans`, the documents
 * of the cited clauses in citation order; and a park drawn with an `outline` gets `area_km2`,
 * the geodesic area of its polygon (3 decimals), so reshaping or drawing an outline keeps its
 * area true. Anything malformed is left for check:data to name. Returns a new feature; the
 * input is not changed.
 *
 * @example
 * derivePlaceFields('site', { …, properties: { citations: ['mfg21-2.1', 'ne18-3.4'] } })
 * // properties.plans = ['mfg21', 'ne18']
 */
export function derivePlaceFields<
  F extends { geometry?: unknown; properties: Record<string, unknown> },
>(kind: PlaceKind, feature: F): F {
  const properties = { ...feature.properties }
  const citations = properties.citations
  if (
    Array.isArray(citations) &&
    citations.every((c) => typeof c === 'string' && c.includes('-'))
  ) {
    properties.plans = [...new Set(citations.map(clauseDocId))]
  }
  const geometry = feature.geometry as { type?: unknown } | null | undefined
  const polygon = geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon'
  if (kind === 'park' && properties.extent === 'outline' && polygon) {
    properties.area_km2 = outlineAreaKm2(geometry as AreaGeometry)
  }
  return { ...feature, properties }
}
