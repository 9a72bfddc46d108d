import { districtPoint } from '../../analysis/district-point.ts'
import type { LngLat } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import type { DistrictIndex } from './district-index.ts'
import { formatPosition } from './geo-features.ts'
import { placeFiles } from './place-files.ts'

const issue = issueMaker('precision-fields')

/** How close (degrees, ≈ 0.2 m) a `district`-precision point must be to the district's point. */
export const REPRESENTATIVE_POINT_TOLERANCE_DEG = 2e-6

/** Words a `district`-precision `location_source` uses to say how the point was placed. */
const DISTRICT_PLACEMENT_WORDS = /district|representative|区/i

const LOCATION_TEXTS = ['location_source', 'location_basis_zh', 'location_basis_en'] as const

/**
 * Location honesty fields agree with each other and with the geometry: every
 * `location_source` and `location_basis_*` says something; a site's `placement` is
 * `district` exactly when its precision is; a `district`-precision site or infrastructure
 * point sits at its district's representative point (`districtPoint`) and its source says so.
 * (Parks: `park-extent`.)
 */
export const precisionFields: CheckRule = (dataset, { districts }) => {
  const issues: CheckIssue[] = []
  for (const { file, features } of placeFiles(dataset)) {
    for (const { properties: p } of features) {
      for (const field of LOCATION_TEXTS) {
        if (p[field].trim() !== '') continue
        issues.push(
          issue(file, p.id, `properties.${field}`, 'is blank; say what the position rests on'),
        )
      }
    }
  }
  for (const site of dataset.sites) {
    const p = site.properties
    if ((p.placement === 'district') === (p.location_precision === 'district')) continue
    const message = `placement "${p.placement}" does not match location_precision "${p.location_precision}": a site is placed at its district's point exactly when only the district is known`
    issues.push(issue(GEODATA_FILES.sites, p.id, 'properties.placement', message))
  }
  const representative = representativePoints(districts)
  const points = [
    { file: GEODATA_FILES.sites, features: dataset.sites },
    { file: GEODATA_FILES.infrastructure, features: dataset.infrastructure },
  ]
  for (const { file, features } of points) {
    for (const f of features) {
      const p = f.properties
      if (p.location_precision !== 'district' || f.geometry.type !== 'Point') continue
      if (!DISTRICT_PLACEMENT_WORDS.test(p.location_source)) {
        const message =
          'district precision: say that the point is the district representative point'
        issues.push(issue(file, p.id, 'properties.location_source', message))
      }
      const expected = representative(p.district_code)
      const at = f.geometry.coordinates
      if (expected === undefined || isNear(at, expected)) continue
      const message = `district precision: point ${formatPosition(at)} is not the representative point ${formatPosition(expected)} of ${districts.label(p.district_code)} (pole of inaccessibility, 6 decimals; npx tsx api/data/geodata/place-sites.ts moves it)`
      issues.push(issue(file, p.id, 'geometry.coordinates', message))
    }
  }
  return issues
}

const isNear = (a: LngLat, b: LngLat) =>
  Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])) <= REPRESENTATIVE_POINT_TOLERANCE_DEG

/** Memoised `districtPoint` of each district. */
export function representativePoints(
  districts: DistrictIndex,
): (code: string) => LngLat | undefined {
  const cache = new Map<string, LngLat>()
  return (code) => {
    const district = districts.byCode.get(code)
    if (!district) return undefined
    const point = cache.get(code) ?? districtPoint(district)
    cache.set(code, point)
    return point
  }
}
