import type { AccessResult, LngLat, SectorClustersResult } from '../../../../api/domain/index.ts'
import { roundKm } from '../../../../api/domain/round-distance.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { ResolvedSubject } from '../place-facts.ts'
import { subjectSlug } from './analysis-tables.ts'
import { type ExportColumn, type ExportTable, pointGeometry } from './export-table.ts'
import { pointNames } from './point-names.ts'

/** Clusters: one row per hull (members listed by id). */
export function clustersTable(result: SectorClustersResult, t: AnalysisTranslate): ExportTable {
  return {
    name: `clusters-${result.sector}-eps${result.eps_km}km-min${result.min_points}`,
    columns: [
      { key: 'cluster_id', header: t('col.cluster') },
      { key: 'sector', header: t('col.sectors') },
      { key: 'member_count', header: t('col.members') },
      { key: 'member_ids', header: t('col.id') },
      { key: 'lng', header: t('col.lng') },
      { key: 'lat', header: t('col.lat') },
    ],
    rows: result.features.map((f) => ({
      values: {
        cluster_id: f.properties.cluster_id,
        sector: f.properties.sector,
        member_count: f.properties.member_count,
        member_ids: f.properties.member_ids.join(' '),
        lng: f.properties.centroid[0],
        lat: f.properties.centroid[1],
      },
      geometry: f.geometry as GeoJSON.Geometry,
    })),
  }
}

/** Access: one row per destination (port, airport, rail station, park). */
export function accessTable(
  result: AccessResult,
  subject: ResolvedSubject,
  t: AnalysisTranslate,
): ExportTable {
  const targets = [
    ['port', result.port],
    ['airport', result.airport],
    ['rail_station', result.rail_station],
    ['park', result.park],
  ] as const
  const cols: ExportColumn[] = [
    { key: 'destination', header: t('col.metric') },
    { key: 'id', header: t('col.id') },
    { key: 'name_zh', header: t('col.nameZh') },
    { key: 'name_en', header: t('col.nameEn') },
    { key: 'distance_km', header: t('col.distanceKm') },
    { key: 'lng', header: t('col.lng') },
    { key: 'lat', header: t('col.lat') },
  ]
  return {
    name: `access-${subjectSlug(subject.subject)}`,
    columns: cols,
    rows: targets.flatMap(([destination, hit]) =>
      hit
        ? [
            {
              values: {
                destination,
                id: hit.id,
                name_zh: hit.name_zh,
                name_en: hit.name_en,
                distance_km: roundKm(hit.distance_km),
                lng: hit.position?.[0] ?? null,
                lat: hit.position?.[1] ?? null,
              },
              geometry: pointGeometry(hit.position),
            },
          ]
        : [],
    ),
  }
}

/** One compared candidate: its label, position and measures (null = not computed yet). */
export interface CandidateMeasures {
  label: string
  subject: ResolvedSubject
  values: Record<string, number | null>
}

/** A compared measure rounded as written out: distances to 10 m, scores to 0.001. */
function roundMeasure(key: string, value: number | null): number | null {
  if (value === null) return null
  if (key.endsWith('_km')) return roundKm(value)
  return key.endsWith('_score') ? Math.round(value * 1000) / 1000 : value
}

/**
 * Candidates side by side: one row per candidate (a picked point named after its label and
 * position), one column per measure (headers say the radius and chain measured).
 */
export function compareTable(
  candidates: readonly CandidateMeasures[],
  measures: ReadonlyArray<{ key: string; header: string }>,
  t: AnalysisTranslate,
): ExportTable {
  const position = (c: CandidateMeasures): LngLat | null => c.subject.position
  const names = (c: CandidateMeasures) =>
    c.subject.subject.kind === 'point' ? pointNames(c.subject.subject.at, c.label) : c.subject
  return {
    name: `compare-${candidates.map((c) => c.label).join('')}`,
    columns: [
      { key: 'candidate', header: t('col.candidate') },
      { key: 'type', header: t('col.type') },
      { key: 'subject', header: t('col.id') },
      { key: 'name_zh', header: t('col.nameZh') },
      { key: 'name_en', header: t('col.nameEn') },
      { key: 'location_precision', header: t('col.precision') },
      ...measures,
      { key: 'investment_cny_100m', header: t('col.investment') },
      { key: 'lng', header: t('col.lng') },
      { key: 'lat', header: t('col.lat') },
    ],
    rows: candidates.map((c) => ({
      values: {
        candidate: c.label,
        type: c.subject.subject.kind,
        subject: c.subject.subject.kind === 'point' ? null : c.subject.subject.id,
        name_zh: names(c).name_zh,
        name_en: names(c).name_en,
        location_precision: c.subject.precision,
        ...Object.fromEntries(
          Object.entries(c.values).map(([key, value]) => [key, roundMeasure(key, value)]),
        ),
        investment_cny_100m: c.subject.investmentCny100m,
        lng: position(c)?.[0] ?? null,
        lat: position(c)?.[1] ?? null,
      },
      geometry: pointGeometry(position(c)),
    })),
  }
}
