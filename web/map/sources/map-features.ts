import { circle } from '@turf/circle'
import { districtPoint } from '../../../api/analysis/district-point.ts'
import type {
  DistrictFeature,
  InfrastructureFeature,
  ParkFeature,
  Sector,
  SiteFeature,
} from '../../../api/domain/index.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { isLocatedSite, isUnlocatedPark } from '../../lib/places/place-location.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { infrastructureIcon } from '../style/map-image-ids.ts'

type Collection<G extends GeoJSON.Geometry> = GeoJSON.FeatureCollection<G>

/**
 * Points of the sites located better than their district, with only what the layers read:
 * names, primary sector, its colour and the precision. A site known only to its district is
 * not a point on the map: it is counted at its district (`districtLevelFeatures`).
 */
export function siteMapFeatures(
  sites: readonly SiteFeature[],
  sectors: readonly Sector[],
): Collection<GeoJSON.Point> {
  const colorOf = new Map(sectors.map((s) => [s.id, s.color]))
  return {
    type: 'FeatureCollection',
    features: sites.filter(isLocatedSite).map((site) => {
      const p = site.properties
      const sector = primarySector(p) ?? ''
      return {
        type: 'Feature',
        geometry: site.geometry,
        properties: {
          id: p.id,
          name_zh: p.name_zh,
          name_en: p.name_en,
          sector,
          color: colorOf.get(sector) ?? MAP_COLORS.fallbackSector,
          precision: p.location_precision,
        },
      }
    }),
  }
}

/** How a park feature is drawn: `outline`, `partial` outline, `point` marker, uncertainty `ring`. */
export type ParkRole = 'outline' | 'partial' | 'point' | 'ring'

/**
 * What the map draws of the parks, by what is known: an outline (solid), a partial outline
 * (hatched, dashed), or a point marker with a dashed ring whose radius is its uncertainty —
 * never an area. Parks without a drawn extent are left to `districtLevelFeatures`. Feature ids
 * are park ids (rings: `<id>#ring`) so that hover and selection reach the drawn shape.
 */
export function parkMapFeatures(parks: readonly ParkFeature[]): Collection<GeoJSON.Geometry> {
  const features = parks.flatMap((park): GeoJSON.Feature[] => {
    const g = park.geometry
    const p = park.properties
    const props = (role: ParkRole, id = p.id) => ({
      id,
      park: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      kind: p.kind,
      role,
      precision: p.location_precision,
      uncertainty_km: p.uncertainty_km ?? null,
    })
    if (!g) return []
    if (g.type !== 'Point') {
      const role = p.extent === 'partial-outline' ? 'partial' : 'outline'
      return [{ type: 'Feature', geometry: g, properties: props(role) }]
    }
    const ring = circle(g.coordinates, p.uncertainty_km ?? 1, { units: 'kilometers', steps: 64 })
    return [
      { type: 'Feature', geometry: ring.geometry, properties: props('ring', `${p.id}#ring`) },
      { type: 'Feature', geometry: g, properties: props('point') },
    ]
  })
  return { type: 'FeatureCollection', features }
}

/**
 * One badge per district holding places known only to their district (sites, and parks whose
 * extent is not drawn), at the district's representative point (`districtPoint`), with their
 * count and keys (`site:<id>,park:<id>,…`) for the list a click opens. When the browser has no
 * site list (tiles), `unlistedSites` gives the district-level sites per district from the
 * server: counted in `count` and in `unlisted`, without keys.
 */
export function districtLevelFeatures(
  districts: readonly DistrictFeature[],
  sites: readonly SiteFeature[],
  parks: readonly ParkFeature[],
  unlistedSites: ReadonlyMap<string, number> = new Map(),
): Collection<GeoJSON.Point> {
  const keys = new Map<string, string[]>()
  const add = (code: string, key: string) => keys.set(code, [...(keys.get(code) ?? []), key])
  for (const s of sites) {
    if (!isLocatedSite(s)) add(s.properties.district_code, `site:${s.properties.id}`)
  }
  for (const p of parks) {
    if (isUnlocatedPark(p)) add(p.properties.district_code, `park:${p.properties.id}`)
  }
  const features = districts.flatMap((d): GeoJSON.Feature<GeoJSON.Point>[] => {
    const places = keys.get(d.properties.code) ?? []
    const unlisted = unlistedSites.get(d.properties.code) ?? 0
    if (places.length + unlisted === 0) return []
    return [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: districtPoint(d) },
        properties: {
          code: d.properties.code,
          name_zh: d.properties.name_zh,
          name_en: d.properties.name_en,
          count: places.length + unlisted,
          unlisted,
          places: places.join(','),
        },
      },
    ]
  })
  return { type: 'FeatureCollection', features }
}

/** Infrastructure with the icon id of its kind. */
export function infrastructureMapFeatures(
  items: readonly InfrastructureFeature[],
): Collection<GeoJSON.Geometry> {
  return {
    type: 'FeatureCollection',
    features: items.map((item) => ({
      type: 'Feature',
      geometry: item.geometry,
      properties: { ...item.properties, icon: infrastructureIcon(item.properties.kind) },
    })),
  }
}
