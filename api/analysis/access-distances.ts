import type {
  AccessResult,
  AnalysisSubject,
  InfrastructureFeature,
  InfrastructureHit,
  InfrastructureKind,
  LngLat,
  PlaceHit,
} from '../domain/index.ts'
import type { AccessIndex } from './access-index.ts'
import { featuresContaining } from './box-index.ts'
import { parkFamily } from './park-location.ts'
import { comparePlaceHits, toPlaceHit } from './place-hit.ts'
import { nearestPoints, positionAt } from './point-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * Access of a subject: great-circle km from its nearest centre to the nearest part of Tianjin
 * Port (kind `port` or `port-area`), the nearest airport, the nearest rail station and the
 * nearest located park (of `sector` and its sub-sectors when given; a park subject's own parts
 * excluded); plus its district and the parks whose outlines contain the point. A subject known
 * only to district level (`centers` empty) is not measured: every distance is `null`.
 *
 * @example
 * accessDistances(access, pointSubject(places, [117.13, 39.08]), sectorFilter(sectors, 'li-battery'))
 * // { port: { id: 'tianjin-port', distance_km: 52.1, … }, airport: {…}, rail_station: {…}, … }
 */
export function accessDistances(
  access: AccessIndex,
  subject: AnalysisSubject,
  sector: SectorFilter | null = null,
): AccessResult {
  const centers = subject.centers
  const family = subject.park_id
    ? parkFamily(subject.park_id, access.places.allParks)
    : new Set<string>()
  const parks = centers
    .flatMap((c) =>
      nearestPoints(
        access.places.parks,
        c,
        1,
        (p) => !family.has(p.properties.id) && matchesSector(p.properties.sectors, sector),
      ).map((hit) => toPlaceHit(access.places, 'park', hit)),
    )
    .sort(comparePlaceHits)
  const first = centers[0]
  return {
    subject,
    center: first ?? null,
    sector: sector?.id ?? null,
    port: nearestInfrastructure(access, centers, ['port', 'port-area']),
    airport: nearestInfrastructure(access, centers, ['airport']),
    rail_station: nearestInfrastructure(access, centers, ['rail-station']),
    park: (parks[0] as PlaceHit | undefined) ?? null,
    district: subject.districts[0] ?? null,
    inside_parks:
      subject.type === 'point' && first
        ? featuresContaining(access.parkAreas, first).map((p) => ({
            id: p.properties.id,
            name_zh: p.properties.name_zh,
            name_en: p.properties.name_en,
            location_precision: p.properties.location_precision,
          }))
        : [],
  }
}

function nearestInfrastructure(
  access: AccessIndex,
  centers: readonly LngLat[],
  kinds: InfrastructureKind[],
): InfrastructureHit | null {
  const accept = (f: InfrastructureFeature) => kinds.includes(f.properties.kind)
  const hits = centers
    .flatMap((c) => nearestPoints(access.infrastructure, c, 1, accept))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
  const hit = hits[0]
  if (!hit) return null
  const { id, name_zh, name_en, kind, location_precision } = hit.item.properties
  const position = positionAt(access.infrastructure, hit.index)
  return { id, name_zh, name_en, kind, location_precision, position, distance_km: hit.distanceKm }
}
