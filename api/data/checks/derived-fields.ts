import { area } from '@turf/area'
import { distance } from '@turf/distance'
import { placeAnchor } from '../../analysis/place-anchor.ts'
import type { ParkFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition, geometryVertices } from './geo-features.ts'
import { isSoundGeometry } from './geometry-valid.ts'

const issue = issueMaker('derived-fields')

/** How far a stated `area_km2` may be from the geometry's area: 0.5 %, at least 0.005 km². */
export const AREA_TOLERANCE = { relative: 0.005, minKm2: 0.005 } as const
/** How far a circle park's vertex may be from `radius_km` around its centre, km (5 m). */
export const CIRCLE_TOLERANCE_KM = 0.005

/** Geodesic area of a (multi)polygon in km² (turf `area`, spherical). */
export function geometryAreaKm2(geometry: Parameters<typeof area>[0]): number {
  return area(geometry) / 1_000_000
}

/**
 * Properties derived from the geometry agree with it, so none is trusted as written: the
 * `area_km2` of every district and park is the geodesic area of its polygon (within
 * `AREA_TOLERANCE`; districts state ellipsoidal areas, ~0.1 % off the spherical one); a
 * `radius` park gives `radius_km` and is that circle (every vertex `radius_km` from its
 * anchor, within `CIRCLE_TOLERANCE_KM`); a `boundary` park gives no `radius_km`. Geometry
 * that `geometry-valid` rejects (unclosed or self-crossing rings) is left to that rule.
 */
export const derivedFields: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  const areas = [
    ...dataset.districts.map((f) => ({ file: GEODATA_FILES.districts, id: f.properties.code, f })),
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, id: f.properties.id, f })),
  ]
  for (const { file, id, f } of areas) {
    if (!isSoundGeometry(f.geometry)) continue
    const computed = geometryAreaKm2(f.geometry)
    const stated = f.properties.area_km2
    const tolerance = Math.max(AREA_TOLERANCE.minKm2, AREA_TOLERANCE.relative * computed)
    if (Math.abs(stated - computed) <= tolerance) continue
    const message = `area_km2 ${stated} is not the area of the geometry, ${computed.toFixed(3)} km² (turf area); write ${computed.toFixed(3)}`
    issues.push(issue(file, id, 'properties.area_km2', message))
  }
  for (const park of dataset.parks) {
    if (isSoundGeometry(park.geometry)) issues.push(...circleIssues(park))
  }
  return issues
}

function circleIssues(park: ParkFeature): CheckIssue[] {
  const p = park.properties
  const file = GEODATA_FILES.parks
  if (p.geometry_derivation === 'boundary') {
    if (p.radius_km === undefined) return []
    const message = 'a boundary park has no radius_km (only radius-derived circles do)'
    return [issue(file, p.id, 'properties.radius_km', message)]
  }
  if (p.radius_km === undefined) {
    return [issue(file, p.id, 'properties.radius_km', 'a radius-derived park must give radius_km')]
  }
  const centre = placeAnchor(park)
  const radiusKm = p.radius_km
  const off = geometryVertices(park.geometry)
    .map((v) => ({ ...v, km: distance(centre, v.position, { units: 'kilometers' }) }))
    .filter((v) => Math.abs(v.km - radiusKm) > CIRCLE_TOLERANCE_KM)
  const first = off[0]
  if (!first) return []
  const message = `a radius park must be the circle of radius_km ${radiusKm} around its centre ${formatPosition(centre)}, but ${off.length} vertices are not; first ${formatPosition(first.position)} is ${first.km.toFixed(3)} km away`
  return [issue(file, p.id, first.field, message)]
}
