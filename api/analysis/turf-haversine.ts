/**
 * `@turf/distance` in kilometres, operation for operation, split in two: the haversine term
 * `a` (what a nearest-first search orders by) and the km that follow from it. Without turf's
 * argument handling, and with the cosines of both latitudes passed in (an index computes them
 * once per point), the result is bit-identical to `distance(from, to, { units: 'kilometers' })`
 * — so indexed queries report exactly the distances, and ties, of a naive turf scan.
 */

/** turf's kilometres per radian (`@turf/helpers` `factors.kilometers`, radius 6371.0088 km). */
const KM_PER_RADIAN = 6371008.8 / 1e3

/**
 * Degrees to radians as `@turf/helpers` `degreesToRadians` computes it.
 *
 * @example
 * turfRadians(180) // Math.PI
 */
export function turfRadians(degrees: number): number {
  // `x % 360` is `x` itself below 360 (and costs a libm call), hence the test.
  const normalised = degrees < 360 && degrees > -360 ? degrees : degrees % 360
  return (normalised * Math.PI) / 180
}

/**
 * Cosine of a latitude (degrees) as turf computes it inside `distance`.
 *
 * @example
 * turfCosLat(39.13) // 0.7755…
 */
export function turfCosLat(latDeg: number): number {
  return Math.cos(turfRadians(latDeg))
}

/**
 * turf's haversine term from `(fromLng, fromLat)` to `(toLng, toLat)` (degrees), given
 * `turfCosLat` of both latitudes; grows with the distance (0 at the same point, 1 antipodal).
 *
 * @example
 * turfKmFromA(turfHaversineA(117.2, 39.13, turfCosLat(39.13), 117.2, 39.14, turfCosLat(39.14))) // ≈ 1.112
 */
export function turfHaversineA(
  fromLng: number,
  fromLat: number,
  fromCosLat: number,
  toLng: number,
  toLat: number,
  toCosLat: number,
): number {
  const sinLat = Math.sin(turfRadians(toLat - fromLat) / 2)
  const sinLng = Math.sin(turfRadians(toLng - fromLng) / 2)
  // s * s is what Math.pow(s, 2) returns (V8's pow special-cases 2) without calling pow.
  return sinLat * sinLat + sinLng * sinLng * fromCosLat * toCosLat
}

/**
 * Great-circle km for turf's haversine term `a`, as `@turf/distance` computes it.
 *
 * @example
 * turfKmFromA(0) // 0
 */
export function turfKmFromA(a: number): number {
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_PER_RADIAN
}

/**
 * The haversine term of a distance in km (the inverse of `turfKmFromA`, up to rounding).
 *
 * @example
 * turfAFromKm(1.112) // ≈ 7.6e-9
 */
export function turfAFromKm(km: number): number {
  return Math.sin(km / KM_PER_RADIAN / 2) ** 2
}
