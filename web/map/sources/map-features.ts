import type {
  InfrastructureFeature,
  ParkFeature,
  Sector,
  SiteFeature,
} from '../../../api/domain/index.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { infrastructureIcon } from '../style/map-image-ids.ts'

type Collection<G extends GeoJSON.Geometry> = GeoJSON.FeatureCollection<G>

/**
 * Site points for the map with only what the layers read: names, primary sector, its
 * colour and the location precision (district-only positions are drawn hollow).
 */
export function siteMapFeatures(
  sites: readonly SiteFeature[],
  sectors: readonly Sector[],
): Collection<GeoJSON.Point> {
  const colorOf = new Map(sectors.map((s) => [s.id, s.color]))
  return {
    type: 'FeatureCollection',
    features: sites.map((site) => {
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

/** Whether a park's drawn extent is only indicative (radius circle or imprecise position). */
export function isImpreciseExtent(park: ParkFeature['properties']): boolean {
  return park.geometry_derivation === 'radius' || park.location_precision !== 'exact'
}

/** Park polygons for the map, flagged `imprecise` so they are drawn hatched and dashed. */
export function parkMapFeatures(
  parks: readonly ParkFeature[],
): Collection<GeoJSON.Polygon | GeoJSON.MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: parks.map((park) => ({
      type: 'Feature',
      geometry: park.geometry,
      properties: {
        id: park.properties.id,
        name_zh: park.properties.name_zh,
        name_en: park.properties.name_en,
        kind: park.properties.kind,
        imprecise: isImpreciseExtent(park.properties),
      },
    })),
  }
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
