import type { z } from 'zod'
import { DataError } from './data-error.ts'
import { describeValue } from './field-path.ts'
import { capProblems, recordLabel } from './parse-records.ts'
import { describeZodIssues } from './zod-issue-text.ts'

/**
 * Validates a GeoJSON FeatureCollection feature by feature with `featureSchema`, returning the
 * parsed features. Any failure throws a `DataError` with one line per problem:
 * `<file>: feature "<id>" (#<index>): <field>: expected …, got …` (index 0-based), where the id is
 * `properties.id`, else `properties.code` (districts), else the feature's own `id`.
 */
export function parseFeatures<S extends z.ZodType>(
  file: string,
  json: unknown,
  featureSchema: S,
): z.output<S>[] {
  const collection = json as { type?: unknown; features?: unknown } | null
  if (collection === null || typeof collection !== 'object' || Array.isArray(collection)) {
    throw new DataError(`${file}: expected a GeoJSON FeatureCollection, got ${describeValue(json)}`)
  }
  if (collection.type !== 'FeatureCollection') {
    throw new DataError(
      `${file}: type: expected "FeatureCollection", got ${describeValue(collection.type)}`,
    )
  }
  if (!Array.isArray(collection.features)) {
    throw new DataError(
      `${file}: features: expected an array, got ${describeValue(collection.features)}`,
    )
  }
  const features: z.output<S>[] = []
  const problems: string[] = []
  collection.features.forEach((input: unknown, index) => {
    const result = featureSchema.safeParse(input)
    if (result.success) {
      features.push(result.data)
      return
    }
    const label = recordLabel('feature', featureId(input), index)
    for (const { field, text } of describeZodIssues(result.error.issues, input)) {
      problems.push(`${file}: ${label}: ${field}: ${text}`)
    }
  })
  if (problems.length > 0) throw new DataError(capProblems(file, problems))
  return features
}

function featureId(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined
  const feature = input as { id?: unknown; properties?: { id?: unknown; code?: unknown } | null }
  for (const candidate of [feature.properties?.id, feature.properties?.code, feature.id]) {
    if (typeof candidate === 'string' && candidate !== '') return candidate
    if (typeof candidate === 'number') return String(candidate)
  }
  return undefined
}
