import { IdSchema } from '../domain/ids.ts'
import type { PlaceFeature, PlaceKind } from './place-edit.ts'
import { type PlaceProblem, PlaceValidationError } from './store-errors.ts'

const GEOMETRY_TYPES: Record<PlaceKind, readonly string[]> = {
  site: ['Point'],
  park: ['Polygon', 'MultiPolygon'],
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
  const geometryType = (feature.geometry as { type?: unknown } | null | undefined)?.type
  if (typeof geometryType !== 'string' || !GEOMETRY_TYPES[kind].includes(geometryType)) {
    problem(
      'geometry.type',
      `a ${kind} needs ${GEOMETRY_TYPES[kind].join(' or ')}, got ${JSON.stringify(geometryType)}`,
    )
  }
  if (problems.length > 0) throw new PlaceValidationError(problems)
  return { ...(feature as PlaceFeature), id }
}
