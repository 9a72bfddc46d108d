import type {
  DistrictFeature,
  InfrastructureFeature,
  LngLat,
  ParkFeature,
  SiteFeature,
} from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import { placeFiles } from './place-files.ts'

export type DataGeometry =
  | DistrictFeature['geometry']
  | NonNullable<ParkFeature['geometry']>
  | SiteFeature['geometry']
  | InfrastructureFeature['geometry']

/** A feature of one of the typed geodata files, with the file and id issues name. */
export interface GeoRecord {
  file: string
  id: string
  geometry: DataGeometry
  /** `district_code` the feature claims; districts themselves have none. */
  districtCode?: string
}

/**
 * Parks, sites and infrastructure with a geometry: the features that must lie in Tianjin and
 * their district (a park whose extent is not drawn has none).
 */
export function placedFeatures(dataset: Dataset): GeoRecord[] {
  const records: GeoRecord[] = []
  for (const { file, features } of placeFiles(dataset)) {
    for (const f of features) {
      if (!f.geometry) continue
      const { id, district_code: districtCode } = f.properties
      records.push({ file, id, geometry: f.geometry, districtCode })
    }
  }
  return records
}

/** The districts as `GeoRecord`s (id = code). */
export function districtRecords(dataset: Dataset): GeoRecord[] {
  return dataset.districts.map((d) => ({
    file: GEODATA_FILES.districts,
    id: d.properties.code,
    geometry: d.geometry,
  }))
}

/** One vertex with its path inside the feature, e.g. `geometry.coordinates[0][12]`. */
export interface Vertex {
  position: LngLat
  field: string
}

/**
 * Every vertex of a Point, Polygon or MultiPolygon, in order; a ring's closing vertex is left
 * out when it repeats the first.
 */
export function geometryVertices(geometry: DataGeometry): Vertex[] {
  if (geometry.type === 'Point') {
    return [{ position: geometry.coordinates, field: 'geometry.coordinates' }]
  }
  return geometryRings(geometry).flatMap(({ ring, field }) => {
    const open = isClosed(ring) ? ring.slice(0, -1) : ring
    return open.map((position, i) => ({ position, field: `${field}[${i}]` }))
  })
}

/** Whether a ring's last position repeats its first exactly. */
export function isClosed(ring: readonly LngLat[]): boolean {
  const first = ring[0]
  const last = ring[ring.length - 1]
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
}

/** One ring with its path and whether it is a hole (not the first ring of its polygon). */
export interface RingRecord {
  ring: LngLat[]
  field: string
  hole: boolean
}

/** Every ring of a Polygon or MultiPolygon with its path, e.g. `geometry.coordinates[1][0]`. */
export function geometryRings(geometry: DataGeometry): RingRecord[] {
  if (geometry.type === 'Polygon') {
    return geometry.coordinates.map((ring, r) => ({
      ring,
      field: `geometry.coordinates[${r}]`,
      hole: r > 0,
    }))
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.flatMap((polygon, p) =>
      polygon.map((ring, r) => ({ ring, field: `geometry.coordinates[${p}][${r}]`, hole: r > 0 })),
    )
  }
  return []
}

/**
 * Twice the signed planar area of a ring in degrees²: positive when it runs counter-clockwise
 * (RFC 7946 wants outer rings counter-clockwise, holes clockwise).
 */
export function signedRingArea(ring: readonly LngLat[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as LngLat
    const [x2, y2] = ring[i + 1] as LngLat
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

/** `[117.2, 39.13]` as printed in messages. */
export function formatPosition(position: LngLat): string {
  return `[${position[0]}, ${position[1]}]`
}
