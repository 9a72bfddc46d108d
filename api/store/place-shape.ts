import { IdSchema } from '../domain/ids.ts'
import type { PlaceFeature, PlaceKind } from './place-edit.ts'
import { type PlaceProblem, PlaceValidationError } from './store-errors.ts'

/** Geometries the store accepts per kind; which one a park needs is its schema's and extent's. */
const GEOMETRY_TYPES: Record<PlaceKind, readonly (string | null)[]> = {
  site: ['Point'],
  park: ['Polygon', 'MultiPolygon', 'Point', null],
}

/**
 * The store's own minimum for a place feature — a valid id, `properties.id` equal to it and a
 * geometry the kind can have (a site a Point; a park an outline, a point or none, as its
 * extent says) — returned with the top-level `id` set as in `geodata/`.
 * Every other rule is the `PlacePolicy.check`'s (check:data).
 */
export function shapeFeature(kind: PlaceKind, id: string, input: unknown): PlaceFeature {
  const problems: PlaceProblem[] = []
  const problem = (field: string, message: string) => problems.push({ kind, id, field, message })
  if (!IdSchema.safeParse(id).success) {
    problem('properties.id', 'expected a lowercase kebab-case id, e.g. "binhai-hi-tech-zone"')
  }
  const feature = input as Partial<PlaceFeature> | null
  if (feature === null || typeof feature !== 'object' || feature.type !== 'Feature') {
    problem('type', 'expected a GeoJSON Feature')
    throw new PlaceValidationError(problems)
  }
  const properties = feature.properties as { id?: unknown } | null | undefined
  if (properties === null || typeof properties !== 'object') {
    problem('properties', 'expected an object')
  } else if (properties.id !== id) {
    problem('properties.id', `expected "${id}", got ${JSON.stringify(properties.id)}`)
  }
  const geometry = feature.geometry as { type?: unknown } | null | undefined
  const geometryType = geometry === null ? null : geometry?.type
  if (
    !(typeof geometryType === 'string' || geometryType === null) ||
    !GEOMETRY_TYPES[kind].includes(geometryType)
  ) {
    const allowed = GEOMETRY_TYPES[kind].map((t) => t ?? 'none (null)').join(', ')
    problem('geometry.type', `a ${kind} needs ${allowed}, got ${JSON.stringify(geometryType)}`)
  }
  if (problems.length > 0) throw new PlaceValidationError(problems)
  return { ...(feature as PlaceFeature), id }
}
