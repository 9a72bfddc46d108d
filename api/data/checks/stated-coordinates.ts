import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { distance } from '@turf/distance'
import { placeAnchor } from '../../analysis/place-anchor.ts'
import { type LngLat, PRECISION_RADIUS_KM } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'
import { formatPosition } from './geo-features.ts'
import { writtenCoordinates } from './written-coordinates.ts'

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
  const places = [
    ...dataset.parks.map((f) => ({ file: GEODATA_FILES.parks, f })),
    ...dataset.sites.map((f) => ({ file: GEODATA_FILES.sites, f })),
    ...dataset.infrastructure.map((f) => ({ file: GEODATA_FILES.infrastructure, f })),
  ]
  for (const { file, f } of places) {
    const precision = f.properties.location_precision
    if (precision === 'district' || !f.geometry) continue
    const written = writtenCoordinates(f.properties.location_source)
    if (written.length === 0) continue
    const geometry = f.geometry
    const anchor = placeAnchor({ geometry })
    const isPoint = geometry.type === 'Point'
    const inside = (at: LngLat) => geometry.type !== 'Point' && booleanPointInPolygon(at, geometry)
    const measured = written.map((w) => ({
      ...w,
      km: inside(w.position) ? 0 : distance(anchor, w.position, { units: 'kilometers' }),
    }))
    const nearest = measured.reduce((a, b) => (b.km < a.km ? b : a))
    const allowedKm = PRECISION_RADIUS_KM[precision]
    if (nearest.km <= allowedKm) continue
    const message = `location_source writes ${nearest.text} ${formatPosition(nearest.position)}, but the ${isPoint ? 'point' : 'polygon'} is ${nearest.km.toFixed(2)} km from it; ${precision} allows ${allowedKm} km`
    issues.push(
      issue(file, f.properties.id, isPoint ? 'geometry.coordinates' : 'geometry', message),
    )
  }
  return issues
}
