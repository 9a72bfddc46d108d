import { districtPoint } from '../../analysis/district-point.ts'
import { placeAnchor } from '../../analysis/place-anchor.ts'
import type { LngLat } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import type { DistrictIndex } from './district-index.ts'
import { formatPosition } from './geo-features.ts'

const issue = issueMaker('precision-fields')

/** How close (degrees, ≈ 0.2 m) a `district`-precision point must be to the district's point. */
export const REPRESENTATIVE_POINT_TOLERANCE_DEG = 2e-6
/** The same for a circle's centre (≈ 1 m: the centroid of a rounded 64-gon drifts ~0.3 m). */
export const CIRCLE_CENTRE_TOLERANCE_DEG = 1e-5

/** Words a `district`-precision `location_source` uses to say how the point was placed. */
const DISTRICT_PLACEMENT_WORDS = /district|pointOnFeature|representative|区/i

/**
 * Location honesty fields agree with the geometry: every `location_source` says something;
 * a `district`-precision place sits at its district's representative point (`districtPoint`:
 * a site or infrastructure point itself, a park's circle by its centre) and its source says so.
 */
export const precisionFields: CheckRule = (dataset, { districts }) => {
  const issues: CheckIssue[] = []
  const places = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, f })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, f })),
    ...dataset.infrastructure.map((f) => ({ file: GEODATA_FILES.infrastructure, f })),
  ]
  const representative = representativePoints(districts)
  for (const { file, f } of places) {
    const p = f.properties
    if (p.location_source.trim() === '') {
      issues.push(
        issue(file, p.id, 'properties.location_source', 'is blank; say what the position rests on'),
      )
    }
    if (p.location_precision !== 'district') continue
    if (!DISTRICT_PLACEMENT_WORDS.test(p.location_source)) {
      const message =
        'district precision: say that the point is the district representative point (pointOnFeature)'
      issues.push(issue(file, p.id, 'properties.location_source', message))
    }
    const expected = representative(p.district_code)
    const isPoint = f.geometry.type === 'Point'
    const isCircle = 'geometry_derivation' in p && p.geometry_derivation === 'radius'
    if (expected === undefined || !(isPoint || isCircle)) continue
    const at = placeAnchor(f)
    const tolerance = isPoint ? REPRESENTATIVE_POINT_TOLERANCE_DEG : CIRCLE_CENTRE_TOLERANCE_DEG
    if (Math.max(Math.abs(at[0] - expected[0]), Math.abs(at[1] - expected[1])) <= tolerance) {
      continue
    }
    const what = isPoint ? 'point' : 'circle centre'
    const message = `district precision: ${what} ${formatPosition(at)} is not the representative point ${formatPosition(expected)} of ${districts.label(p.district_code)} (turf pointOnFeature, 6 decimals)`
    issues.push(issue(file, p.id, isPoint ? 'geometry.coordinates' : 'geometry', message))
  }
  return issues
}

/** Memoised `districtPoint` of each district. */
function representativePoints(districts: DistrictIndex): (code: string) => LngLat | undefined {
  const cache = new Map<string, LngLat>()
  return (code) => {
    const district = districts.byCode.get(code)
    if (!district) return undefined
    const point = cache.get(code) ?? districtPoint(district)
    cache.set(code, point)
    return point
  }
}
