import { districtPoint } from '../../analysis/district-point.ts'
import type { LngLat } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import type { DistrictIndex } from './district-index.ts'
import { formatPosition } from './geo-features.ts'

const issue = issueMaker('precision-fields')

/** How close (degrees, ≈ 0.2 m) a `district`-precision point must be to the district's point. */
export const REPRESENTATIVE_POINT_TOLERANCE_DEG = 2e-6

/** Words a `district`-precision `location_source` uses to say how the point was placed. */
const DISTRICT_PLACEMENT_WORDS = /district|pointOnFeature|representative|区/i

/**
 * Location honesty fields agree with the geometry: every `location_source` says something;
 * a `district`-precision point sits at its district's representative point (turf
 * `pointOnFeature` of the district polygon) and its source says so; a park drawn as a
 * `radius` circle gives `radius_km`.
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
    if (f.geometry.type !== 'Point' || expected === undefined) continue
    const [lng, lat] = f.geometry.coordinates
    const offDeg = Math.max(Math.abs(lng - expected[0]), Math.abs(lat - expected[1]))
    if (offDeg <= REPRESENTATIVE_POINT_TOLERANCE_DEG) continue
    const message = `district precision: point ${formatPosition(f.geometry.coordinates)} is not the representative point ${formatPosition(expected)} of ${districts.label(p.district_code)} (turf pointOnFeature, 6 decimals)`
    issues.push(issue(file, p.id, 'geometry.coordinates', message))
  }
  for (const { properties: p } of dataset.parks) {
    if (p.geometry_derivation === 'radius' && p.radius_km === undefined) {
      issues.push(
        issue(
          GEODATA_FILES.parks,
          p.id,
          'properties.radius_km',
          'a radius-derived park must give radius_km',
        ),
      )
    }
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
