import { z } from 'zod'

/**
 * How well a position is known:
 * - `exact`: a source places it within ~1 km;
 * - `approximate`: within ~5 km;
 * - `district`: only the district is known; placed at a documented representative point of it.
 */
export const LocationPrecisionSchema = z.enum(['exact', 'approximate', 'district'])
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>

/**
 * How far (km) a place of each precision may be from where it is drawn: `exact` within ~1 km,
 * `approximate` within ~5 km; `district` promises nothing inside its district.
 */
export const PRECISION_RADIUS_KM = { exact: 1, approximate: 5 } as const satisfies Record<
  Exclude<LocationPrecision, 'district'>,
  number
>
