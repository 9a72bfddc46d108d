import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { lngLatProblem } from './coordinate-sanity.ts'
import { whereIs } from './district-index.ts'
import { formatPosition, geometryVertices, placedFeatures } from './geo-features.ts'

const issue = issueMaker('in-claimed-district')

/**
 * Every park, site and infrastructure feature with a geometry lies inside the district its
 * `district_code` names: the point, or every vertex of the polygon (a vertex on the border
 * counts as inside). Unknown codes are left to `references-exist`; garbled coordinates to
 * `geometry-valid`.
 */
export const inClaimedDistrict: CheckRule = (dataset, { districts }) => {
  const issues: CheckIssue[] = []
  for (const { file, id, geometry, districtCode } of placedFeatures(dataset)) {
    if (districtCode === undefined || !districts.byCode.has(districtCode)) continue
    const vertices = geometryVertices(geometry)
    if (vertices.some(({ position }) => lngLatProblem(position) !== undefined)) continue
    const outside = vertices.filter(({ position }) => !districts.contains(districtCode, position))
    const first = outside[0]
    if (!first) continue
    const claimed = districts.label(districtCode)
    const where = `${formatPosition(first.position)} is ${whereIs(districts, first.position)}`
    const message =
      geometry.type === 'Point'
        ? `point is not inside ${claimed}: ${where}`
        : `${outside.length} of ${vertices.length} vertices are not inside ${claimed}; first ${where}`
    issues.push(issue(file, id, 'properties.district_code', message))
  }
  return issues
}
