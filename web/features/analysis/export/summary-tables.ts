import type { AccessResult, LngLat, SectorClustersResult } from '../../../../api/domain/index.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { ResolvedSubject } from '../place-facts.ts'
import { subjectSlug } from './analysis-tables.ts'
import { type ExportColumn, type ExportTable, pointGeometry } from './export-table.ts'

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
                distance_km: hit.distance_km,
                lng: hit.position[0],
                lat: hit.position[1],
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

/** Candidates side by side: one row per candidate, one column per measure. */
export function compareTable(
  candidates: readonly CandidateMeasures[],
  measures: ReadonlyArray<{ key: string; header: string }>,
  t: AnalysisTranslate,
): ExportTable {
  const position = (c: CandidateMeasures): LngLat => c.subject.position
  return {
    name: `compare-${candidates.map((c) => c.label).join('')}`,
    columns: [
      { key: 'candidate', header: t('col.candidate') },
      { key: 'subject', header: t('col.id') },
      { key: 'name_zh', header: t('col.nameZh') },
      { key: 'name_en', header: t('col.nameEn') },
      ...measures,
      { key: 'lng', header: t('col.lng') },
      { key: 'lat', header: t('col.lat') },
    ],
    rows: candidates.map((c) => ({
      values: {
        candidate: c.label,
        subject: c.subject.subject.kind === 'point' ? null : c.subject.subject.id,
        name_zh: c.subject.name_zh,
        name_en: c.subject.name_en,
        ...c.values,
        lng: position(c)[0],
        lat: position(c)[1],
      },
      geometry: pointGeometry(position(c)),
    })),
  }
}
