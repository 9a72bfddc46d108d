import { type ParkFeature, PRECISION_RADIUS_KM } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { geometryAreaKm2 } from './derived-fields.ts'
import type { DistrictIndex } from './district-index.ts'

const issue = issueMaker('park-extent')
const file = GEODATA_FILES.parks

/** Geometry each extent needs. */
const GEOMETRY_OF = {
  outline: 'a Polygon or MultiPolygon',
  'partial-outline': 'a Polygon or MultiPolygon',
  point: 'a Point',
  parts: 'null (its parts carry the geometry)',
  'in-parent': 'null (it lies in its parent)',
  unknown: 'null (the extent is not known)',
} as const

/**
 * A park's geometry and figures say no more than its `extent` knows: the geometry fits the
 * extent (`GEOMETRY_OF`); `area_km2` only for an `outline` (no area for an unknown, partial
 * or point extent — a stated area goes to `stated_area` with its source); `uncertainty_km`
 * exactly for a `point`, at most its precision's bound; an `unknown` extent or a zone of
 * `parts` is `district` precision; a `district`-precision outline is its whole district; a
 * zone of `parts` has parts; an `in-parent` park has a located parent and its precision; a
 * parent is a park that is not itself a part.
 */
export const parkExtent: CheckRule = (dataset, { districts }) => {
  const byId = new Map(dataset.parks.map((p) => [p.properties.id, p]))
  return dataset.parks.flatMap((park) => [
    ...geometryIssues(park),
    ...figureIssues(park),
    ...familyIssues(park, byId, dataset.parks),
    ...districtOutlineIssues(park, districts),
  ])
}

function geometryIssues(park: ParkFeature): CheckIssue[] {
  const p = park.properties
  const type = park.geometry?.type ?? null
  const fits =
    p.extent === 'outline' || p.extent === 'partial-outline'
      ? type === 'Polygon' || type === 'MultiPolygon'
      : p.extent === 'point'
        ? type === 'Point'
        : type === null
  if (fits) return []
  const message = `extent "${p.extent}" needs geometry ${GEOMETRY_OF[p.extent]}, got ${type ?? 'null'}`
  return [issue(file, p.id, 'geometry', message)]
}

function figureIssues(park: ParkFeature): CheckIssue[] {
  const p = park.properties
  const issues: CheckIssue[] = []
  if (p.area_km2 !== undefined && p.extent !== 'outline') {
    const message = `extent "${p.extent}" has no area: area_km2 is only for a citable outline of the whole park; put an area a source states in stated_area`
    issues.push(issue(file, p.id, 'properties.area_km2', message))
  }
  if (p.area_km2 === undefined && p.extent === 'outline') {
    issues.push(issue(file, p.id, 'properties.area_km2', 'an outline park gives area_km2'))
  }
  if (p.extent === 'point') {
    const bound =
      p.location_precision === 'district' ? 0 : PRECISION_RADIUS_KM[p.location_precision]
    if (p.uncertainty_km === undefined || p.uncertainty_km > bound) {
      const message = `a point park gives uncertainty_km, at most ${bound} km for ${p.location_precision} precision; got ${p.uncertainty_km ?? 'none'}`
      issues.push(issue(file, p.id, 'properties.uncertainty_km', message))
    }
  } else if (p.uncertainty_km !== undefined) {
    const message = `only a point park has an uncertainty ring; extent "${p.extent}" gives no uncertainty_km`
    issues.push(issue(file, p.id, 'properties.uncertainty_km', message))
  }
  if ((p.extent === 'unknown' || p.extent === 'parts') && p.location_precision !== 'district') {
    const message = `extent "${p.extent}" has no position of its own: location_precision must be "district", got "${p.location_precision}"`
    issues.push(issue(file, p.id, 'properties.location_precision', message))
  }
  return issues
}

function familyIssues(
  park: ParkFeature,
  byId: ReadonlyMap<string, ParkFeature>,
  parks: readonly ParkFeature[],
): CheckIssue[] {
  const p = park.properties
  const field = 'properties.parent_park_id'
  const parent = p.parent_park_id ? byId.get(p.parent_park_id) : undefined
  if (p.parent_park_id && !parent) {
    return [issue(file, p.id, field, `parent park "${p.parent_park_id}" is not in ${file}`)]
  }
  if (parent && (parent.properties.parent_park_id || parent.properties.id === p.id)) {
    return [
      issue(
        file,
        p.id,
        field,
        `parent "${parent.properties.id}" is itself a part; a park has one level of parts`,
      ),
    ]
  }
  if (p.extent === 'parts' && !parks.some((q) => q.properties.parent_park_id === p.id)) {
    return [
      issue(
        file,
        p.id,
        'properties.extent',
        'a zone of parts needs parks whose parent_park_id names it',
      ),
    ]
  }
  if (p.extent !== 'in-parent') return []
  if (!parent) return [issue(file, p.id, field, 'an in-parent park names its parent_park_id')]
  const q = parent.properties
  if (!parent.geometry || q.location_precision === 'district') {
    return [
      issue(
        file,
        p.id,
        field,
        `its parent "${q.id}" is not located; give the park extent "unknown"`,
      ),
    ]
  }
  if (p.location_precision === q.location_precision) return []
  const message = `an in-parent park has its parent's precision "${q.location_precision}", got "${p.location_precision}"`
  return [issue(file, p.id, 'properties.location_precision', message)]
}

/** A `district`-precision outline must be its whole district (a zone defined as the district). */
function districtOutlineIssues(park: ParkFeature, districts: DistrictIndex): CheckIssue[] {
  const p = park.properties
  const district = districts.byCode.get(p.district_code)
  if (p.location_precision !== 'district' || !park.geometry || !district) return []
  if (park.geometry.type !== 'Point') {
    const parkKm2 = geometryAreaKm2(park.geometry)
    const districtKm2 = geometryAreaKm2(district.geometry)
    if (Math.abs(parkKm2 - districtKm2) <= 0.01 * districtKm2) return []
  }
  const message = `a district-precision park has no geometry, unless its outline is the whole district ${districts.label(p.district_code)}`
  return [issue(file, p.id, 'geometry', message)]
}
