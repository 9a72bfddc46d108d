import { pointToLineDistance } from '@turf/point-to-line-distance'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition, geometryRings } from './geo-features.ts'
import { representativePoints } from './precision-fields.ts'

const issue = issueMaker('district-points-inside')

/** How far a district's representative point must be from any border or hole, km. */
export const DISTRICT_POINT_MIN_DEPTH_KM = 1

/**
 * Every district's representative point (`districtPoint`, where its district-level places are
 * marked and counted) lies inside it at least `DISTRICT_POINT_MIN_DEPTH_KM` from every border
 * and hole, so a marker never sits on a neighbour's edge.
 */
export const districtPointsInside: CheckRule = (dataset, { districts }) => {
  const pointOf = representativePoints(districts)
  const issues: CheckIssue[] = []
  for (const district of dataset.districts) {
    const code = district.properties.code
    const at = pointOf(code)
    if (!at) continue
    const field = 'geometry'
    if (!districts.contains(code, at)) {
      issues.push(
        issue(
          GEODATA_FILES.districts,
          code,
          field,
          `representative point ${formatPosition(at)} is not inside the district`,
        ),
      )
      continue
    }
    const depthKm = Math.min(
      ...geometryRings(district.geometry).map(({ ring }) =>
        pointToLineDistance(at, { type: 'LineString', coordinates: ring }, { units: 'kilometers' }),
      ),
    )
    if (depthKm >= DISTRICT_POINT_MIN_DEPTH_KM) continue
    const message = `representative point ${formatPosition(at)} is ${depthKm.toFixed(2)} km from a border or hole; it must be at least ${DISTRICT_POINT_MIN_DEPTH_KM} km inside`
    issues.push(issue(GEODATA_FILES.districts, code, field, message))
  }
  return issues
}
