import bbox from '@turf/bbox'
import { circle } from '@turf/circle'
import type { DistrictFeature, ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import type { SelectionKind } from '../url/view-url.ts'
import { isLocatedSite } from './place-location.ts'

export interface PlaceEntry {
  kind: SelectionKind
  id: string
  name_zh: string
  name_en: string
  /**
   * `[west, south, east, north]` in degrees: what the camera shows to bring the place into
   * view — its outline, its uncertainty ring, its parts, or (known only by district) its
   * district.
   */
  bbox: [number, number, number, number]
  /** Set for sites drawn as points (located better than their district). */
  point?: [number, number]
  /** District code, for showing where a result is. */
  district_code: string
  /** Whether the place is drawn where it is (false: only its district is known). */
  located: boolean
}

/** Places by `<kind>:<id>`. */
export type PlaceIndex = ReadonlyMap<string, PlaceEntry>

type Box = PlaceEntry['bbox']
const box = (geometry: GeoJSON.Geometry) => bbox(geometry).slice(0, 4) as Box
const union = (boxes: Box[]): Box | null =>
  boxes.length === 0
    ? null
    : [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ]

/** A park's own drawn extent: its outline, or its point's uncertainty ring. */
function drawnBox(park: ParkFeature): Box | null {
  const g = park.geometry
  if (!g) return null
  if (g.type !== 'Point') return box(g)
  const ring = circle(g.coordinates, park.properties.uncertainty_km ?? 1, { units: 'kilometers' })
  return box(ring.geometry)
}

/**
 * Every district, park and site, keyed `<kind>:<id>`, with where the camera should look (for
 * search and focus). A place known only by district is brought into view as its district; a
 * zone of parts as its drawn parts; a park inside another as its parent.
 */
export function buildPlaceIndex(
  districts: readonly DistrictFeature[],
  parks: readonly ParkFeature[],
  sites: readonly SiteFeature[],
): PlaceIndex {
  const districtBox = new Map(districts.map((d) => [d.properties.code, box(d.geometry)]))
  const parkById = new Map(parks.map((p) => [p.properties.id, p]))
  const fallback = (code: string): Box => districtBox.get(code) ?? [117, 38.5, 118.1, 40.3]
  const parkBox = (park: ParkFeature): { bbox: Box; located: boolean } => {
    const own = drawnBox(park)
    if (own) return { bbox: own, located: true }
    const p = park.properties
    const parent = p.parent_park_id ? parkById.get(p.parent_park_id) : undefined
    const parentBox = p.extent === 'in-parent' && parent ? drawnBox(parent) : null
    if (parentBox) return { bbox: parentBox, located: true }
    const parts = parks.filter((q) => q.properties.parent_park_id === p.id).map(drawnBox)
    const partsBox = union(parts.filter((b): b is Box => b !== null))
    return { bbox: partsBox ?? fallback(p.district_code), located: false }
  }
  const entries: PlaceEntry[] = [
    ...districts.map((d) => ({
      kind: 'district' as const,
      id: d.properties.code,
      name_zh: d.properties.name_zh,
      name_en: d.properties.name_en,
      bbox: fallback(d.properties.code),
      district_code: d.properties.code,
      located: true,
    })),
    ...parks.map((p) => ({
      kind: 'park' as const,
      id: p.properties.id,
      name_zh: p.properties.name_zh,
      name_en: p.properties.name_en,
      district_code: p.properties.district_code,
      ...parkBox(p),
    })),
    ...sites.map((s) => {
      const [lng, lat] = s.geometry.coordinates
      const located = isLocatedSite(s)
      return {
        kind: 'site' as const,
        id: s.properties.id,
        name_zh: s.properties.name_zh,
        name_en: s.properties.name_en,
        bbox: located ? ([lng, lat, lng, lat] as Box) : fallback(s.properties.district_code),
        ...(located ? { point: [lng, lat] as [number, number] } : {}),
        district_code: s.properties.district_code,
        located,
      }
    }),
  ]
  return new Map(entries.map((entry) => [`${entry.kind}:${entry.id}`, entry]))
}
