import { parkSubject, pointSubject } from '../analysis/analysis-subject.ts'
import type { AnalysisSubject } from '../domain/index.ts'
import { latParam, lngParam } from './analysis-params.ts'
import type { ApiContext } from './api-context.ts'
import { ApiHttpError, badParameter } from './api-http-error.ts'
import { idParam, optional } from './params.ts'

/** Query parameters naming an analysis subject: `park`, or `lng` and `lat`. */
export const SUBJECT_PARAMS = {
  park: optional(idParam({ description: 'Park id (instead of lng/lat)', example: 'teda' })),
  lng: optional(lngParam),
  lat: optional(latParam),
}

/**
 * The subject a request names: a park (measured from its located anchors, or known only to
 * district level) or a point. A 400 names the parameter when both or neither are given, or
 * the park is unknown.
 *
 * @example resolveSubject(ctx, { park: 'teda' }) // { type: 'park', centers: [[117.719, 39.030519]], … }
 */
export function resolveSubject(
  ctx: ApiContext,
  query: { park?: string | undefined; lng?: number | undefined; lat?: number | undefined },
): AnalysisSubject {
  const { park, lng, lat } = query
  const { places } = ctx.index
  if (park !== undefined) {
    if (lng !== undefined || lat !== undefined) {
      throw new ApiHttpError(
        400,
        'invalid_parameter',
        'give either park or lng and lat, not both',
        {
          parameter: 'park',
          value: park,
          allowed: 'park alone, or lng and lat',
        },
      )
    }
    const subject = parkSubject(places, park)
    if (!subject) {
      throw badParameter('park', park, [...places.parkById.keys()].sort(), `unknown park "${park}"`)
    }
    return subject
  }
  if (lng === undefined || lat === undefined) {
    const missing = lng === undefined ? 'lng' : 'lat'
    throw badParameter(missing, null, 'park, or both lng and lat', `${missing} is required`)
  }
  return pointSubject(places, [lng, lat])
}

/** The OpenAPI text every subject-taking route adds to its description. */
export const SUBJECT_DESCRIPTION =
  'Give either `park` or `lng` and `lat`. A park is measured from its own located anchor, or a zone of parts from its located parts; a park known only to district level (`subject.location_precision: "district"`, `subject.centers: []`) is never measured from a district point: its answer lists what lies in its district with `distance_km: null`.'
