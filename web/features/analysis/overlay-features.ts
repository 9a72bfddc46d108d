import { circle } from '@turf/circle'
import type {
  AccessResult,
  LngLat,
  NearestResult,
  SectorClustersResult,
} from '../../../api/domain/index.ts'
import type { AnalysisMode } from './analysis-url.ts'
import type { ChainViewModel } from './chain-view-model.ts'
import type { WithinViewModel } from './within-view-model.ts'

/** What each overlay feature is (drives colour and style in `map/analysis-layers.ts`). */
export type OverlayRole =
  | 'radius'
  | 'hull'
  | 'subject'
  | 'candidate'
  | 'hit'
  | 'partner'
  | 'provider'
  | 'missing'
  | 'access'

export interface OverlayInput {
  mode: AnalysisMode
  subject: LngLat | null
  /** Every point the chain is measured from (a zone of parts: each located part); default the subject. */
  centers?: readonly LngLat[]
  radiusKm: number
  within?: WithinViewModel | undefined
  nearest?: NearestResult | undefined
  clusters?: SectorClustersResult | undefined
  chain?: ChainViewModel | undefined
  access?: AccessResult | undefined
  candidates: ReadonlyArray<{ label: string; position: LngLat | null }>
  selectedCluster: number | null
}

export interface OverlayData {
  areas: GeoJSON.FeatureCollection
  lines: GeoJSON.FeatureCollection
  points: GeoJSON.FeatureCollection
}

type Props = Record<string, string | number | boolean>
const point = (at: LngLat, props: Props): GeoJSON.Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [at[0], at[1]] },
  properties: props,
})
const line = (from: LngLat, to: LngLat, props: Props): GeoJSON.Feature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [[...from], [...to]] },
  properties: props,
})
const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
})

/** The radius as a 96-sided geodesic circle (`@turf/circle`, kilometres). */
export function radiusCircle(center: LngLat, radiusKm: number): GeoJSON.Feature {
  const feature = circle([center[0], center[1]], radiusKm, { steps: 96, units: 'kilometers' })
  return { ...feature, properties: { role: 'radius', radius_km: radiusKm } }
}

/**
 * The map overlay of the open analysis: areas (radius circles, cluster hulls), lines (subject
 * to partners, nearest providers of missing links, access destinations) and points (subject,
 * highlighted places, candidates). Features carry `role`, `id` and a `label` where shown.
 */
export function overlayFeatures(input: OverlayInput): OverlayData {
  const areas: GeoJSON.Feature[] = []
  const lines: GeoJSON.Feature[] = []
  const points: GeoJSON.Feature[] = []
  const { subject, mode } = input
  /** Places with a position are drawn; those known only by district are not (no position). */
  const hits = (
    role: OverlayRole,
    items: ReadonlyArray<{ id: string; type: string; position: LngLat | null }>,
  ) => {
    for (const item of items) {
      if (!item.position) continue
      points.push(point(item.position, { role, id: item.id, kind: item.type }))
      if (subject && role !== 'hit' && role !== 'provider') {
        lines.push(line(subject, item.position, { role, id: item.id }))
      }
    }
  }
  if (mode === 'radius' && subject && input.within) {
    areas.push(radiusCircle(subject, input.radiusKm))
    hits(
      'hit',
      input.within.groups.flatMap((g) => g.rows),
    )
  }
  if (mode === 'nearest' && input.nearest) hits('partner', input.nearest.items)
  if (mode === 'chain' && subject && input.chain) {
    for (const centre of input.centers ?? [subject])
      areas.push(radiusCircle(centre, input.radiusKm))
    hits(
      'provider',
      input.chain.present.flatMap((l) => l.providers),
    )
    hits(
      'missing',
      input.chain.missing.flatMap((l) => (l.nearest ? [l.nearest] : [])),
    )
  }
  if (mode === 'access' && input.access) {
    const a = input.access
    const targets = [a.port, a.airport, a.rail_station, a.park].flatMap((t) => (t ? [t] : []))
    hits(
      'access',
      targets.map((t) => ({ id: t.id, type: 'access', position: t.position })),
    )
  }
  if (mode === 'clusters' && input.clusters) {
    for (const hull of input.clusters.features) {
      const p = hull.properties
      const props = {
        role: 'hull',
        cluster_id: p.cluster_id,
        member_count: p.member_count,
        selected: p.cluster_id === input.selectedCluster,
      }
      areas.push({
        type: 'Feature',
        geometry: hull.geometry as GeoJSON.Geometry,
        properties: props,
      })
      points.push(point(p.centroid, { ...props, label: String(p.member_count) }))
    }
  }
  const placed = input.candidates.flatMap((c) => (c.position ? [{ ...c, at: c.position }] : []))
  if (mode === 'compare') {
    for (const c of placed) areas.push(radiusCircle(c.at, input.radiusKm))
  }
  for (const c of placed) points.push(point(c.at, { role: 'candidate', label: c.label }))
  if (subject && mode !== 'clusters' && mode !== 'compare') {
    points.push(point(subject, { role: 'subject' }))
  }
  return { areas: collection(areas), lines: collection(lines), points: collection(points) }
}
