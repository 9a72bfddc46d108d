import type { NearestResult } from '../../../../api/domain/index.ts'
import { roundKm } from '../../../../api/domain/round-distance.ts'
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
import { pointNames } from './point-names.ts'

/** Stable codes of the `role` column (what a row is in the analysis). */
export type RowRole =
  | 'subject'
  | 'within'
  | 'partner'
  | 'provider'
  | 'member'
  | 'nearest-outside'
  | 'same-district'
  | 'district-level'
  | 'none'

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
      distance_km: roundKm(row.distanceKm),
      location_precision: row.precision,
      investment_cny_100m: row.investmentCny100m,
      lng: row.position?.[0] ?? null,
      lat: row.position?.[1] ?? null,
    },
    geometry: pointGeometry(row.position),
  }
}

function subjectRow(subject: ResolvedSubject, extra: Record<string, ExportValue> = {}): ExportRow {
  const s = subject.subject
  const names = s.kind === 'point' ? pointNames(s.at) : subject
  return {
    values: {
      ...extra,
      role: 'subject',
      type: s.kind,
      id: s.kind === 'point' ? null : s.id,
      name_zh: names.name_zh,
      name_en: names.name_en,
      distance_km: subject.position ? 0 : null,
      location_precision: subject.precision,
      investment_cny_100m: subject.investmentCny100m,
      lng: subject.position?.[0] ?? null,
      lat: subject.position?.[1] ?? null,
    },
    geometry: pointGeometry(subject.position),
  }
}

/**
 * The radius result: the subject, every measured place in the radius (grouped as listed),
 * then the places of the touched districts known only by district (no distance, no position).
 */
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
      ...vm.districtLevel.rows.map((r) => placeRow('district-level', r)),
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
      ...result.district_level.items.map((hit) =>
        placeRow('same-district', toResultRow(hit, lookup)),
      ),
    ],
  }
}

/**
 * Chain completeness: one row per provider (in range) or member (in the park) of a present
 * link, one per missing link (its nearest located provider), and the same-district
 * providers whose distance is unknown.
 */
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
  for (const l of vm.present) {
    rows.push(...l.providers.map((p) => placeRow('provider', p, link(l))))
    rows.push(...l.members.map((p) => placeRow('member', p, link(l))))
  }
  for (const l of vm.missing) {
    rows.push(
      l.nearest
        ? placeRow('nearest-outside', l.nearest, link(l))
        : { values: { ...link(l), role: 'none' }, geometry: null },
    )
    rows.push(...l.sameDistrict.map((p) => placeRow('same-district', p, link(l))))
  }
  return {
    name: `chain-${vm.chainId}-${vm.radiusKm}km-${subjectSlug(subject.subject)}`,
    columns: columns(t, linkCols),
    rows,
  }
}
