import area from '@turf/area'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import centroid from '@turf/centroid'

type Position = GeoJSON.Position
type PolygonPart = GeoJSON.Feature<GeoJSON.Polygon>

/** The largest polygon of an area (by geodesic area), where its name belongs. */
function largestPart(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): PolygonPart {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const features = parts.map(
    (coordinates): PolygonPart => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    }),
  )
  return features.reduce((best, f) => (area(f) > area(best) ? f : best))
}

/**
 * A point well inside a polygon: along the horizontal line at `lat`, the middle of the widest
 * stretch that lies inside (holes respected by the even-odd rule).
 */
function scanlinePoint(rings: Position[][], lat: number): Position | null {
  const crossings: number[] = []
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] ?? []
      const [x2 = 0, y2 = 0] = ring[i + 1] ?? []
      if (y1 > lat !== y2 > lat) crossings.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1))
    }
  }
  crossings.sort((a, b) => a - b)
  let best: Position | null = null
  let widest = 0
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const [from = 0, to = 0] = [crossings[i], crossings[i + 1]]
    if (to - from > widest) {
      widest = to - from
      best = [(from + to) / 2, lat]
    }
  }
  return best
}

/**
 * One label point per area: the centroid of its largest part when that lies inside it,
 * otherwise a point well inside that part. Keeps the area's properties (plus `extra`), so
 * label layers can read names.
 *
 * @example labelPoints(districts).features[0].geometry.type // 'Point'
 */
export function labelPoints(
  areas: readonly GeoJSON.Feature[],
  extra: Record<string, string> = {},
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features = areas.flatMap((feature) => {
    const geometry = feature.geometry
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return []
    const part = largestPart(geometry)
    const centre = centroid(part).geometry.coordinates
    const inside = booleanPointInPolygon(centre, part)
    const position = inside
      ? centre
      : (scanlinePoint(part.geometry.coordinates, centre[1] ?? 0) ?? centre)
    return [
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: position },
        properties: { ...feature.properties, ...extra },
      },
    ]
  })
  return { type: 'FeatureCollection', features }
}
