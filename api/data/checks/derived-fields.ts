import { area } from '@turf/area'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { isSoundGeometry } from './geometry-valid.ts'

const issue = issueMaker('derived-fields')

/** How far a stated `area_km2` may be from the geometry's area: 0.5 %, at least 0.005 km². */
export const AREA_TOLERANCE = { relative: 0.005, minKm2: 0.005 } as const

/** Geodesic area of a (multi)polygon in km² (turf `area`, spherical). */
export function geometryAreaKm2(geometry: Parameters<typeof area>[0]): number {
  return area(geometry) / 1_000_000
}

/**
 * The `area_km2` a park's outline is written with: its geodesic area, 3 decimals.
 * @example outlineAreaKm2(wuqing.geometry) // 1591.993 (district 120114)
 */
export function outlineAreaKm2(geometry: Parameters<typeof area>[0]): number {
  return Math.round(geometryAreaKm2(geometry) * 1000) / 1000
}

/**
 * Properties derived from the geometry agree with it, so none is trusted as written: the
 * `area_km2` of every district and of every park that gives one (an `outline` park; see
 * `park-extent`) is the geodesic area of its polygon (within `AREA_TOLERANCE`; districts
 * state ellipsoidal areas, ~0.1 % off the spherical one). Geometry that `geometry-valid`
 * rejects (unclosed or self-crossing rings) is left to that rule.
 */
export const derivedFields: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  const areas = [
    ...dataset.districts.map((f) => ({
      file: GEODATA_FILES.districts,
      id: f.properties.code,
      geometry: f.geometry,
      stated: f.properties.area_km2,
    })),
    ...dataset.parks.flatMap((f) =>
      f.geometry && f.geometry.type !== 'Point' && f.properties.area_km2 !== undefined
        ? [
            {
              file: GEODATA_FILES.parks,
              id: f.properties.id,
              geometry: f.geometry,
              stated: f.properties.area_km2,
            },
          ]
        : [],
    ),
  ]
  for (const { file, id, geometry, stated } of areas) {
    if (!isSoundGeometry(geometry)) continue
    const computed = geometryAreaKm2(geometry)
    const tolerance = Math.max(AREA_TOLERANCE.minKm2, AREA_TOLERANCE.relative * computed)
    if (Math.abs(stated - computed) <= tolerance) continue
    const message = `area_km2 ${stated} is not the area of the geometry, ${computed.toFixed(3)} km² (turf area); write ${computed.toFixed(3)}`
    issues.push(issue(file, id, 'properties.area_km2', message))
  }
  return issues
}
