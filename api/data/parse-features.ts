import type { z } from 'zod'
import { rememberDigest } from './content-digest.ts'
import { DataError } from './data-error.ts'
import { describeValue } from './field-path.ts'
import { capProblems, recordLabel } from './parse-records.ts'
import type { ReadOptions } from './read-data-file.ts'
import { streamFeatures } from './stream-features.ts'
import { describeZodIssues } from './zod-issue-text.ts'

/**
 * A check that proves a feature valid much faster than its zod schema, or answers false (then
 * zod decides and names the problem). When it says true, the input is already exactly what
 * zod would output (same fields, no defaults to fill), and is kept as it is.
 */
export type FastFeatureCheck = (input: unknown) => boolean

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
  checkCollection(file, json)
  const collector = featureCollector(file, featureSchema)
  ;(json as { features: unknown[] }).features.forEach(collector.add)
  return collector.finish()
}

/**
 * `parseFeatures` over a file read feature by feature (`streamFeatures`), for files too large
 * to hold as one string; `fast` skips zod for the features it proves valid. The result carries
 * the digest of the file's bytes (`knownDigest`).
 */
export async function parseFeatureFile<S extends z.ZodType>(
  dataDir: string,
  file: string,
  options: ReadOptions,
  featureSchema: S,
  fast?: FastFeatureCheck,
): Promise<z.output<S>[]> {
  const collector = featureCollector(file, featureSchema, fast)
  const { skeleton, digest } = await streamFeatures(dataDir, file, options, collector.add)
  checkCollection(file, skeleton)
  const features = collector.finish()
  rememberDigest(features, digest)
  return features
}

function checkCollection(file: string, json: unknown): void {
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
}

function featureCollector<S extends z.ZodType>(
  file: string,
  featureSchema: S,
  fast?: FastFeatureCheck,
) {
  const features: z.output<S>[] = []
  const problems: string[] = []
  return {
    add(input: unknown, index: number) {
      if (fast?.(input)) {
        features.push(input as z.output<S>)
        return
      }
      const result = featureSchema.safeParse(input)
      if (result.success) {
        features.push(result.data)
        return
      }
      const label = recordLabel('feature', featureId(input), index)
      for (const { field, text } of describeZodIssues(result.error.issues, input)) {
        problems.push(`${file}: ${label}: ${field}: ${text}`)
      }
    },
    finish(): z.output<S>[] {
      if (problems.length > 0) throw new DataError(capProblems(file, problems))
      return features
    },
  }
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
