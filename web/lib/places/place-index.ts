import bbox from '@turf/bbox'
import type { DistrictFeature, ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import type { SelectionKind } from '../url/view-url.ts'

export interface PlaceEntry {
  kind: SelectionKind
  id: string
  name_zh: string
  name_en: string
  /** `[west, south, east, north]` in degrees. */
  bbox: [number, number, number, number]
  /** Set for point places (sites). */
  point?: [number, number]
  /** District code, for showing where a result is. */
  district_code: string
}

/** Places by `<kind>:<id>`. */
export type PlaceIndex = ReadonlyMap<string, PlaceEntry>

const box = (feature: GeoJSON.Feature) => bbox(feature).slice(0, 4) as PlaceEntry['bbox']

/** Every district, park and site, keyed `<kind>:<id>`, with its extent (for search and focus). */
export function buildPlaceIndex(
  districts: readonly DistrictFeature[],
  parks: readonly ParkFeature[],
  sites: readonly SiteFeature[],
): PlaceIndex {
  const entries: PlaceEntry[] = [
    ...districts.map((d) => ({
      kind: 'district' as const,
      id: d.properties.code,
      name_zh: d.properties.name_zh,
      name_en: d.properties.name_en,
      bbox: box(d),
      district_code: d.properties.code,
    })),
    ...parks.map((p) => ({
      kind: 'park' as const,
      id: p.properties.id,
      name_zh: p.properties.name_zh,
      name_en: p.properties.name_en,
      bbox: box(p),
      district_code: p.properties.district_code,
    })),
    ...sites.map((s) => {
      const [lng, lat] = s.geometry.coordinates
      return {
        kind: 'site' as const,
        id: s.properties.id,
        name_zh: s.properties.name_zh,
        name_en: s.properties.name_en,
        bbox: [lng, lat, lng, lat] as PlaceEntry['bbox'],
        point: [lng, lat] as [number, number],
        district_code: s.properties.district_code,
      }
    }),
  ]
  return new Map(entries.map((entry) => [`${entry.kind}:${entry.id}`, entry]))
}
