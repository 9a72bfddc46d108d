import { booleanValid } from '@turf/boolean-valid'
import { lineString } from '@turf/helpers'
import { kinks } from '@turf/kinks'
import {
  COORDINATE_DECIMALS,
  roundCoordinate,
  roundPosition,
} from '../../domain/round-coordinates.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { decimalPlaces, lngLatProblem } from './coordinate-sanity.ts'
import type { DistrictIndex } from './district-index.ts'
import {
  type DataGeometry,
  districtRecords,
  formatPosition,
  type GeoRecord,
  geometryRings,
  geometryVertices,
  isClosed,
  placedFeatures,
  type RingRecord,
  signedRingArea,
  type Vertex,
} from './geo-features.ts'

const issue = issueMaker('geometry-valid')

/**
 * Every geometry of districts, parks, sites and infrastructure is sane: `[lng, lat]` order and
 * inside a box around Tianjin, at most 6 decimals, polygon rings closed, not crossing
 * themselves and wound as RFC 7946 says (outer counter-clockwise, holes clockwise), and
 * accepted by turf `booleanValid`. Parks, sites and infrastructure must also
 * lie inside Tianjin: every vertex inside some district (the districts are the municipality).
 */
export const geometryValid: CheckRule = (dataset, { districts }) => {
  const issues: CheckIssue[] = []
  for (const record of districtRecords(dataset)) {
    const vertices = geometryVertices(record.geometry)
    const misplaced = lngLatIssue(record, vertices)
    issues.push(...(misplaced ? [misplaced] : shapeIssues(record, vertices)))
  }
  for (const record of placedFeatures(dataset)) {
    const vertices = geometryVertices(record.geometry) // once per feature, for all three
    const misplaced = lngLatIssue(record, vertices)
    if (misplaced) issues.push(misplaced)
    else
      issues.push(...shapeIssues(record, vertices), ...outsideTianjin(record, vertices, districts))
  }
  return issues
}

/** The first position that cannot be a Tianjin `[lng, lat]` (then nothing else is checked). */
function lngLatIssue({ file, id }: GeoRecord, vertices: Vertex[]): CheckIssue | undefined {
  for (const { position, field } of vertices) {
    const problem = lngLatProblem(position)
    if (problem) return issue(file, id, field, `position ${formatPosition(position)} ${problem}`)
  }
  return undefined
}

function shapeIssues({ file, id, geometry }: GeoRecord, vertices: Vertex[]): CheckIssue[] {
  const issues: CheckIssue[] = []
  const precise = vertices.find(({ position }) =>
    position.some((c) => roundCoordinate(c) !== c && decimalPlaces(c) > COORDINATE_DECIMALS),
  )
  if (precise) {
    const message = `position ${formatPosition(precise.position)} has more than ${COORDINATE_DECIMALS} decimals; round coordinates to ${COORDINATE_DECIMALS}`
    issues.push(issue(file, id, precise.field, message))
  }
  if (geometry.type === 'Point') return issues
  const rings = geometryRings(geometry).map((ring) => ({ ...ring, problem: ringProblem(ring) }))
  for (const { field, problem } of rings) {
    if (problem) issues.push(issue(file, id, field, problem.message))
  }
  if (rings.every((r) => !r.problem?.unsound) && !booleanValid(geometry)) {
    const message =
      'turf booleanValid rejects the polygon (a spike, a hole crossing its outer ring, or overlapping parts)'
    issues.push(issue(file, id, 'geometry', message))
  }
  return issues
}

/** What is wrong with one ring; `unsound` when no area can be computed from it. */
function ringProblem({ ring, hole }: RingRecord): { message: string; unsound: boolean } | null {
  if (!isClosed(ring)) {
    const first = ring[0] ?? [Number.NaN, Number.NaN]
    const last = ring[ring.length - 1] ?? first
    const message = `ring is not closed: first ${formatPosition(first)} ≠ last ${formatPosition(last)}`
    return { message, unsound: true }
  }
  const crossings = kinks(lineString(ring)).features
  const crossing = crossings[0]
  if (crossing) {
    const at = roundPosition(crossing.geometry.coordinates)
    const message = `ring crosses itself at ${crossings.length} point(s), first near [${at.join(', ')}]`
    return { message, unsound: true }
  }
  if (signedRingArea(ring) > 0 !== hole) return null
  const message = hole
    ? 'hole runs counter-clockwise; RFC 7946 wants holes clockwise (reverse the ring)'
    : 'outer ring runs clockwise; RFC 7946 wants outer rings counter-clockwise (reverse the ring)'
  return { message, unsound: false }
}

/**
 * Whether a polygon is sound enough to measure: rings closed, none crossing itself, and
 * accepted by turf `booleanValid`. Rules that derive figures from a geometry skip unsound
 * ones, which this rule reports.
 */
export function isSoundGeometry(geometry: DataGeometry): boolean {
  if (geometry.type === 'Point') return true
  const rings = geometryRings(geometry)
  return rings.every((r) => !ringProblem(r)?.unsound) && booleanValid(geometry)
}

function outsideTianjin(
  record: GeoRecord,
  vertices: Vertex[],
  districts: DistrictIndex,
): CheckIssue[] {
  const outside = vertices.filter(({ position }) => districts.containing(position).length === 0)
  const first = outside[0]
  if (!first) return []
  const where = formatPosition(first.position)
  const message =
    record.geometry.type === 'Point'
      ? `point ${where} lies outside every district (outside Tianjin)`
      : `${outside.length} of ${vertices.length} vertices lie outside every district (outside Tianjin), first ${where}`
  return [issue(record.file, record.id, first.field, message)]
}
