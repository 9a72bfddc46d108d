import type { LngLat } from '../../domain/geometry.ts'
import { roundPosition } from '../../domain/round-coordinates.ts'

/** Golden angle, radians: consecutive points of a sunflower spiral turn by it. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
const KM_PER_DEGREE_LAT = 110.574
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32

/**
 * `count` deterministic positions around `centre` on a sunflower (Vogel) spiral: point `i` at
 * `spacingKm · √(i + 0.5)` km, turned by the golden angle each step, so neighbours stay about
 * `spacingKm` apart and none sits on the centre itself. 6-decimal `[lng, lat]`.
 *
 * @example spreadAround([117.719, 39.030519], 3, 0.8) // three points 0.6–1.3 km from the centre
 */
export function spreadAround(centre: LngLat, count: number, spacingKm: number): LngLat[] {
  const kmPerDegreeLng = KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((centre[1] * Math.PI) / 180)
  return Array.from({ length: count }, (_, i) => {
    const radiusKm = spacingKm * Math.sqrt(i + 0.5)
    const angle = i * GOLDEN_ANGLE
    return roundPosition([
      centre[0] + (radiusKm * Math.cos(angle)) / kmPerDegreeLng,
      centre[1] + (radiusKm * Math.sin(angle)) / KM_PER_DEGREE_LAT,
    ])
  })
}
