import { clauseDocId } from '../data/checks/reference-sets.ts'
import type { PlaceKind } from '../store/place-edit.ts'

/**
 * Fills in the properties a place's other fields determine, so an editor never has to keep
 * them in step by hand (check:data then confirms them like any other): `plans`, the documents
 * of the cited clauses in citation order. Anything malformed is left for check:data to name.
 * Returns a new feature; the input is not changed.
 *
 * @example
 * derivePlaceFields('site', { …, properties: { citations: ['mfg21-2.1', 'ne18-3.4'] } })
 * // properties.plans = ['mfg21', 'ne18']
 */
export function derivePlaceFields<F extends { properties: Record<string, unknown> }>(
  _kind: PlaceKind,
  feature: F,
): F {
  const properties = { ...feature.properties }
  const citations = properties.citations
  if (
    Array.isArray(citations) &&
    citations.every((c) => typeof c === 'string' && c.includes('-'))
  ) {
    properties.plans = [...new Set(citations.map(clauseDocId))]
  }
  return { ...feature, properties }
}
