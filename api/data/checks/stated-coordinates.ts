import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { distance } from '@turf/distance'
import { placeAnchor } from '../../analysis/place-anchor.ts'
import {
  type InfrastructureFeature,
  type LngLat,
  type ParkFeature,
  PRECISION_RADIUS_KM,
  type SiteFeature,
} from '../../domain/index.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition } from './geo-features.ts'
import { placeFiles } from './place-files.ts'
import { type WrittenCoordinate, writtenCoordinates } from './written-coordinates.ts'

const issue = issueMaker('stated-coordinates')

/**
 * A place agrees with the coordinates its `location_source` writes: when the text of an
 * `exact` or `approximate` park, site or infrastructure feature writes coordinates (e.g. a
 * Wikipedia `39°05′21″N 117°04′49″E`), the place lies within its precision's radius
 * (`PRECISION_RADIUS_KM`: 1 km exact, 5 km approximate) of at least one of them — measured
 * from a point, or from a polygon's anchor unless the coordinate lies inside the polygon.
 */
export const statedCoordinates: CheckRule = (dataset) => {
  const issues: CheckIssue[] = []
  // sources are often shared by many places (a million synthetic sites have a handful)
  const written = new Map<string, WrittenCoordinate[]>()
  const writtenIn = (text: string) => {
    const found = written.get(text) ?? writtenCoordinates(text)
    written.set(text, found)
    return found
  }
  for (const { file, features } of placeFiles(dataset)) {
    for (const f of features) {
      const precision = f.properties.location_precision
      if (precision === 'district' || !f.geometry) continue
      const stated = writtenIn(f.properties.location_source)
      if (stated.length === 0) continue
      const problem = farFromStated(f.geometry, stated, precision)
      if (!problem) continue
      const field = f.geometry.type === 'Point' ? 'geometry.coordinates' : 'geometry'
      issues.push(issue(file, f.properties.id, field, problem))
    }
  }
  return issues
}

/** Why a geometry is too far from every coordinate its source writes, or undefined. */
function farFromStated(
  geometry: NonNullable<(ParkFeature | SiteFeature | InfrastructureFeature)['geometry']>,
  written: readonly WrittenCoordinate[],
  precision: 'exact' | 'approximate',
): string | undefined {
  const anchor = placeAnchor({ geometry })
  const isPoint = geometry.type === 'Point'
  const inside = (at: LngLat) => geometry.type !== 'Point' && booleanPointInPolygon(at, geometry)
  const measured = written.map((w) => ({
    ...w,
    km: inside(w.position) ? 0 : distance(anchor, w.position, { units: 'kilometers' }),
  }))
  const nearest = measured.reduce((a, b) => (b.km < a.km ? b : a))
  const allowedKm = PRECISION_RADIUS_KM[precision]
  if (nearest.km <= allowedKm) return undefined
  return `location_source writes ${nearest.text} ${formatPosition(nearest.position)}, but the ${isPoint ? 'point' : 'polygon'} is ${nearest.km.toFixed(2)} km from it; ${precision} allows ${allowedKm} km`
}
