import { clustersDbscan } from '@turf/clusters-dbscan'
import { convex } from '@turf/convex'
import { featureCollection, point } from '@turf/helpers'
import type {
  ClusterHullFeature,
  DistrictRef,
  LngLat,
  SectorClustersResult,
  SiteFeature,
} from '../domain/index.ts'
import { districtLevelIn } from './district-level.ts'
import { unmeasuredHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * DBSCAN clusters of the located sites of `sector` (and its sub-sectors), as computed by
 * `@turf/clusters-dbscan`: a site is a core point when at least `minPoints` sites (itself
 * included) lie within `epsKm` of it. Each cluster is returned as its convex hull
 * (`@turf/convex`); a cluster whose members are collinear is a LineString between the two
 * extreme members, and one whose members share a position is a Point. Sites are processed in
 * id order, so cluster ids are deterministic. District-level sites have no position to
 * cluster: they are left out and listed in `district_level`.
 *
 * @param epsKm neighbourhood radius in kilometres (great-circle)
 * @param minPoints minimum neighbourhood size of a core point (≥ 1)
 * @example
 * sectorClusters(places, sectorFilter(sectors, 'wind'), 5, 2)
 * // { features: [hull…], cluster_count: 1, noise_ids: ['…'], district_level: { total: 3, … } }
 */
export function sectorClusters(
  places: PlaceIndex,
  sector: SectorFilter,
  epsKm: number,
  minPoints: number,
): SectorClustersResult {
  const accept = (s: { properties: { sectors: string[] } }) =>
    matchesSector(s.properties.sectors, sector)
  const members = places.sites.items.filter(accept)
  const points = featureCollection(members.map((s) => point(s.geometry.coordinates)))
  const labelled = clustersDbscan(points, epsKm, { units: 'kilometers', minPoints })
  const groups = new Map<number, SiteFeature[]>()
  const noise: SiteFeature[] = []
  labelled.features.forEach((f, i) => {
    const site = members[i] as SiteFeature
    const cluster = f.properties.cluster
    if (cluster === undefined) noise.push(site)
    else groups.set(cluster, [...(groups.get(cluster) ?? []), site])
  })
  const features = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([clusterId, group]) => hullFeature(clusterId, sector.id, group))
  const left = places.districtLevel.sites.filter(accept)
  const districts = new Map<string, DistrictRef>()
  for (const district of places.districts.items) {
    const { code, name_zh, name_en } = district.properties
    if (left.some((s) => s.properties.district_code === code))
      districts.set(code, { code, name_zh, name_en })
  }
  return {
    type: 'FeatureCollection',
    features,
    sector: sector.id,
    eps_km: epsKm,
    min_points: minPoints,
    cluster_count: features.length,
    noise_ids: noise.map((s) => s.properties.id),
    noise: noise.map((s) => unmeasuredHit(places, 'site', s)),
    district_level: districtLevelIn(places, [...districts.values()], { kind: 'site', accept }),
  }
}

function hullFeature(clusterId: number, sector: string, group: SiteFeature[]): ClusterHullFeature {
  const positions = group.map((s) => s.geometry.coordinates)
  const mean: LngLat = [
    positions.reduce((sum, p) => sum + p[0], 0) / positions.length,
    positions.reduce((sum, p) => sum + p[1], 0) / positions.length,
  ]
  return {
    type: 'Feature',
    geometry: hullGeometry(positions),
    properties: {
      cluster_id: clusterId,
      sector,
      member_count: group.length,
      member_ids: group.map((s) => s.properties.id),
      members: group.map(({ properties: p }) => ({
        id: p.id,
        name_zh: p.name_zh,
        name_en: p.name_en,
        location_precision: p.location_precision,
      })),
      centroid: mean,
    },
  }
}

function hullGeometry(positions: LngLat[]): ClusterHullFeature['geometry'] {
  const hull = convex(featureCollection(positions.map((p) => point(p))))
  if (hull) return { type: 'Polygon', coordinates: hull.geometry.coordinates as LngLat[][] }
  const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const first = sorted[0] as LngLat
  const last = sorted[sorted.length - 1] as LngLat
  if (first[0] === last[0] && first[1] === last[1]) return { type: 'Point', coordinates: first }
  return { type: 'LineString', coordinates: [first, last] }
}
