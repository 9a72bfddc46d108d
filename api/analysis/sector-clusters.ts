import { clustersDbscan } from '@turf/clusters-dbscan'
import { convex } from '@turf/convex'
import { featureCollection, point } from '@turf/helpers'
import type {
  ClusterHullFeature,
  LngLat,
  SectorClustersResult,
  SiteFeature,
} from '../domain/index.ts'
import { matchesSector, type SectorFilter } from './sector-filter.ts'

/**
 * DBSCAN clusters of the sites of `sector` (and its sub-sectors), as computed by
 * `@turf/clusters-dbscan`: a site is a core point when at least `minPoints` sites
 * (itself included) lie within `epsKm` of it. Each cluster is returned as its convex hull
 * (`@turf/convex`); a cluster whose members are collinear is a LineString between the two
 * extreme members, and one whose members share a position is a Point. Sites are processed
 * in id order, so cluster ids are deterministic.
 *
 * @param epsKm neighbourhood radius in kilometres (great-circle)
 * @param minPoints minimum neighbourhood size of a core point (≥ 1)
 * @example
 * sectorClusters(sites, sectorFilter(sectors, 'wind'), 5, 2)
 * // { type: 'FeatureCollection', features: [hull…], cluster_count: 2, noise_ids: ['…'] }
 */
export function sectorClusters(
  sites: readonly SiteFeature[],
  sector: SectorFilter,
  epsKm: number,
  minPoints: number,
): SectorClustersResult {
  const members = sites
    .filter((s) => matchesSector(s.properties.sectors, sector))
    .sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))
  const points = featureCollection(members.map((s) => point(s.geometry.coordinates)))
  const labelled = clustersDbscan(points, epsKm, { units: 'kilometers', minPoints })
  const groups = new Map<number, SiteFeature[]>()
  const noiseIds: string[] = []
  labelled.features.forEach((f, i) => {
    const site = members[i] as SiteFeature
    const cluster = f.properties.cluster
    if (cluster === undefined) noiseIds.push(site.properties.id)
    else groups.set(cluster, [...(groups.get(cluster) ?? []), site])
  })
  const features = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([clusterId, group]) => hullFeature(clusterId, sector.id, group))
  return {
    type: 'FeatureCollection',
    features,
    sector: sector.id,
    eps_km: epsKm,
    min_points: minPoints,
    cluster_count: features.length,
    noise_ids: noiseIds,
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
