import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { lngLatProblem } from './coordinate-sanity.ts'
import { whereIs } from './district-index.ts'
import { edgesCross } from './edges-cross.ts'
import { formatPosition, geometryRings, geometryVertices, placedFeatures } from './geo-features.ts'

const issue = issueMaker('in-claimed-district')

/**
 * Every park, site and infrastructure feature lies inside the district its `district_code`
 * names: the point, or every vertex of the polygon (a vertex on the border counts as inside);
 * a park drawn as a circle, which shares no border with its district, also lies wholly
 * within it (no edge of the circle meets the district's outline between two vertices).
 * Unknown codes are left to `references-exist`; garbled coordinates to `geometry-valid`.
 */
export const inClaimedDistrict: CheckRule = (dataset, context) => {
  return [...vertexIssues(dataset, context), ...circleEdgeIssues(dataset, context)]
}

const vertexIssues: CheckRule = (dataset, { districts }) => {
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

const circleEdgeIssues: CheckRule = (dataset, { districts }) => {
  const issues: CheckIssue[] = []
  for (const park of dataset.parks) {
    const p = park.properties
    const district = districts.byCode.get(p.district_code)
    if (p.geometry_derivation !== 'radius' || !district) continue
    const vertices = geometryVertices(park.geometry)
    if (vertices.some(({ position }) => !districts.contains(p.district_code, position))) continue
    const parkRings = geometryRings(park.geometry).map((r) => r.ring)
    const districtRings = geometryRings(district.geometry).map((r) => r.ring)
    if (!parkRings.some((ring) => edgesCross(ring, districtRings))) continue
    const message = `the circle is not within ${districts.label(p.district_code)}: an edge leaves the district between two vertices`
    issues.push(issue(GEODATA_FILES.parks, p.id, 'properties.district_code', message))
  }
  return issues
}
