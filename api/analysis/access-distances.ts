import type {
  AccessResult,
  InfrastructureFeature,
  InfrastructureHit,
  InfrastructureKind,
  LngLat,
} from '../domain/index.ts'
import type { AccessIndex } from './access-index.ts'
import { featuresContaining } from './box-index.ts'
import { toPlaceHit } from './place-hit.ts'
import { nearestPoints, positionAt } from './point-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * Access of a point: great-circle km to the nearest part of Tianjin Port (kind `port` or
 * `port-area`), the nearest airport, the nearest rail station, and the nearest park (of
 * `sector` and its sub-sectors when given); plus the district and parks whose polygons
 * contain the point. Infrastructure polygons and parks are measured to their centroid.
 *
 * @param center `[lng, lat]` WGS84 degrees
 * @example
 * accessDistances(access, [117.13, 39.08], sectorFilter(sectors, 'li-battery'))
 * // { port: { id: 'tianjin-port', distance_km: 52.1, … }, airport: {…}, rail_station: {…}, … }
 */
export function accessDistances(
  access: AccessIndex,
  center: LngLat,
  sector: SectorFilter | null = null,
): AccessResult {
  const park = nearestPoints(access.places.parks, center, 1, (p) =>
    matchesSector(p.properties.sectors, sector),
  )[0]
  const district = featuresContaining(access.districtAreas, center)[0]
  return {
    center,
    sector: sector?.id ?? null,
    port: nearestInfrastructure(access, center, ['port', 'port-area']),
    airport: nearestInfrastructure(access, center, ['airport']),
    rail_station: nearestInfrastructure(access, center, ['rail-station']),
    park: park ? toPlaceHit(access.places, 'park', park) : null,
    district: district
      ? {
          code: district.properties.code,
          name_zh: district.properties.name_zh,
          name_en: district.properties.name_en,
        }
      : null,
    inside_parks: featuresContaining(access.parkAreas, center).map((p) => ({
      id: p.properties.id,
      name_zh: p.properties.name_zh,
      name_en: p.properties.name_en,
    })),
  }
}

function nearestInfrastructure(
  access: AccessIndex,
  center: LngLat,
  kinds: InfrastructureKind[],
): InfrastructureHit | null {
  const accept = (f: InfrastructureFeature) => kinds.includes(f.properties.kind)
  const hit = nearestPoints(access.infrastructure, center, 1, accept)[0]
  if (!hit) return null
  const { id, name_zh, name_en, kind } = hit.item.properties
  const position = positionAt(access.infrastructure, hit.index)
  return { id, name_zh, name_en, kind, position, distance_km: hit.distanceKm }
}
