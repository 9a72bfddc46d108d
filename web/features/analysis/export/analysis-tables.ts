import type {
  AccessResult,
  LngLat,
  NearestResult,
  SectorClustersResult,
} from '../../../../api/domain/index.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { AnalysisSubject } from '../analysis-url.ts'
import type { ChainViewModel } from '../chain-view-model.ts'
import type { PlaceLookup, ResolvedSubject } from '../place-facts.ts'
import { type ResultRow, toResultRow, type WithinViewModel } from '../within-view-model.ts'
import {
  type ExportColumn,
  type ExportRow,
  type ExportTable,
  type ExportValue,
  pointGeometry,
} from './export-table.ts'

/** Stable codes of the `role` column (what a row is in the analysis). */
export type RowRole = 'subject' | 'within' | 'partner' | 'provider' | 'nearest-outside' | 'none'

const PLACE_KEYS = [
  ['role', 'col.role'],
  ['type', 'col.type'],
  ['id', 'col.id'],
  ['name_zh', 'col.nameZh'],
  ['name_en', 'col.nameEn'],
  ['sectors', 'col.sectors'],
  ['distance_km', 'col.distanceKm'],
  ['location_precision', 'col.precision'],
  ['investment_cny_100m', 'col.investment'],
  ['lng', 'col.lng'],
  ['lat', 'col.lat'],
] as const

function columns(t: AnalysisTranslate, extra: ReadonlyArray<readonly [string, string]> = []) {
  return [...extra, ...PLACE_KEYS].map(
    ([key, header]): ExportColumn => ({ key, header: t(header as Parameters<typeof t>[0]) }),
  )
}

/** A file-name-safe label of the subject, e.g. `park-teda` or `pt-117.2000_39.1300`. */
export function subjectSlug(subject: AnalysisSubject): string {
  if (subject.kind !== 'point') return `${subject.kind}-${subject.id}`
  return `pt-${subject.at[0].toFixed(4)}_${subject.at[1].toFixed(4)}`
}

function placeRow(role: RowRole, row: ResultRow, extra: Record<string, ExportValue> = {}) {
  return {
    values: {
      ...extra,
      role,
      type: row.type,
      id: row.id,
      name_zh: row.name_zh,
      name_en: row.name_en,
      sectors: row.sectors.join(' '),
      distance_km: row.distanceKm,
      location_precision: row.precision,
      investment_cny_100m: row.investmentCny100m,
      lng: row.position[0],
      lat: row.position[1],
    },
    geometry: pointGeometry(row.position),
  }
}

function subjectRow(subject: ResolvedSubject, extra: Record<string, ExportValue> = {}): ExportRow {
  const s = subject.subject
  return {
    values: {
      ...extra,
      role: 'subject',
      type: s.kind,
      id: s.kind === 'point' ? null : s.id,
      name_zh: subject.name_zh,
      name_en: subject.name_en,
      distance_km: 0,
      location_precision: subject.precision,
      lng: subject.position[0],
      lat: subject.position[1],
    },
    geometry: pointGeometry(subject.position),
  }
}

/** The radius result: the subject, then every place in the radius (grouped as listed). */
export function withinTable(
  vm: WithinViewModel,
  subject: ResolvedSubject,
  t: AnalysisTranslate,
): ExportTable {
  return {
    name: `within-${vm.radiusKm}km-${subjectSlug(subject.subject)}`,
    columns: columns(t),
    rows: [
      subjectRow(subject),
      ...vm.groups.flatMap((g) => g.rows.map((r) => placeRow('within', r))),
    ],
  }
}

/** Nearest partners, nearest first. */
export function nearestTable(
  result: NearestResult,
  lookup: PlaceLookup,
  subject: ResolvedSubject,
  t: AnalysisTranslate,
): ExportTable {
  return {
    name: `nearest-${result.k}-${result.sector ?? 'any'}-${subjectSlug(subject.subject)}`,
    columns: columns(t),
    rows: [
      subjectRow(subject),
      ...result.items.map((hit) => placeRow('partner', toResultRow(hit, lookup))),
    ],
  }
}

/** Chain completeness: one row per provider of a present link, one per missing link. */
export function chainTable(
  vm: ChainViewModel,
  subject: ResolvedSubject,
  t: AnalysisTranslate,
): ExportTable {
  const linkCols = [
    ['link', 'col.link'],
    ['present', 'col.present'],
  ] as const
  const link = (l: ChainViewModel['present'][number]) => ({
    link: `${vm.chainId}/${l.id}`,
    present: l.present,
  })
  const rows: ExportRow[] = [subjectRow(subject, { link: null, present: null })]
  for (const l of vm.present) rows.push(...l.providers.map((p) => placeRow('provider', p, link(l))))
  for (const l of vm.missing) {
    rows.push(
      l.nearest
        ? placeRow('nearest-outside', l.nearest, link(l))
        : { values: { ...link(l), role: 'none' }, geometry: null },
    )
  }
  return {
    name: `chain-${vm.chainId}-${vm.radiusKm}km-${subjectSlug(subject.subject)}`,
    columns: columns(t, linkCols),
    rows,
  }
}

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
