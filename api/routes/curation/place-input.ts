import type { z } from '@hono/zod-openapi'
import { ApiHttpError, clipValue } from '../api-http-error.ts'
import type { PlaceFeature, PlaceKind } from './curation-port.ts'
import type { PlaceCreateBody, PlacePatchBody } from './curation-schemas.ts'

/** Properties a new position must come with: how precise it is and what it rests on. */
const POSITION_FIELDS = ['location_precision', 'location_source'] as const

function invalid(field: string, message: string, value?: unknown): ApiHttpError {
  return new ApiHttpError(400, 'invalid_body', `${field}: ${message}`, {
    parameter: field,
    ...(value === undefined ? {} : { value: clipValue(JSON.stringify(value)) }),
    problems: [{ field, message }],
  })
}

/**
 * The feature a `POST /api/{sites,parks}` body creates: its `properties.id` becomes the
 * feature's id. Every other rule (schema, check:data) is the store's, run on the write.
 */
export function createdFeature(body: z.infer<typeof PlaceCreateBody>): PlaceFeature {
  const id = body.properties.id
  if (typeof id !== 'string' || id === '') {
    throw invalid('properties.id', 'give the new place a kebab-case id, e.g. "tianjin-foo"', id)
  }
  return { type: 'Feature', id, geometry: body.geometry, properties: body.properties } as never
}

/**
 * The feature a `PATCH` makes of `current`: the given geometry replaces the current one and
 * the given properties are merged over the current ones. A new geometry must restate
 * `location_precision` and `location_source` (a moved place needs its new basis), and the id
 * cannot change (create the new place and delete the old one instead).
 */
export function patchedFeature(
  kind: PlaceKind,
  id: string,
  current: PlaceFeature,
  body: z.infer<typeof PlacePatchBody>,
): PlaceFeature {
  const properties = body.properties ?? {}
  if ('id' in properties && properties.id !== id) {
    throw invalid('properties.id', `a ${kind}'s id cannot change (it is "${id}")`, properties.id)
  }
  if (body.geometry !== undefined) {
    for (const field of POSITION_FIELDS) {
      const value = properties[field]
      if (typeof value !== 'string' || value.trim() === '') {
        throw invalid(
          `properties.${field}`,
          'a new geometry needs location_precision (exact, approximate or district) and location_source (what the position rests on)',
          value,
        )
      }
    }
  }
  return {
    ...current,
    id,
    geometry: body.geometry === undefined ? current.geometry : body.geometry,
    properties: { ...current.properties, ...properties },
  } as PlaceFeature
}
