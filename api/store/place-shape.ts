import { IdSchema } from '../domain/ids.ts'
import type { PlaceFeature, PlaceKind } from './place-edit.ts'
import { type PlaceProblem, PlaceValidationError } from './store-errors.ts'

/** Geometry types per kind; `null` is a park with no drawn extent (its `extent` says why). */
const GEOMETRY_TYPES: Record<PlaceKind, readonly (string | null)[]> = {
  site: ['Point'],
  park: ['Polygon', 'MultiPolygon', 'Point', null],
}

/**
 * The store's own minimum for a place feature — a valid id, `properties.id` equal to it and a
 * geometry type that fits the kind — returned with the top-level `id` set as in `geodata/`.
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
  const allowed = GEOMETRY_TYPES[kind]
  if (
    !(geometryType === null || typeof geometryType === 'string') ||
    !allowed.includes(geometryType)
  ) {
    const names = allowed.map((t) => (t === null ? 'null (no geometry)' : t)).join(' or ')
    problem('geometry.type', `a ${kind} needs ${names}, got ${JSON.stringify(geometryType)}`)
  }
  if (problems.length > 0) throw new PlaceValidationError(problems)
  return { ...(feature as PlaceFeature), id }
}
