import type { Lang } from '../../../lib/i18n/lang.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { ExportValue } from './export-table.ts'
import type { CellFormat } from './to-csv.ts'

const DESTINATIONS = {
  port: 'access.port',
  airport: 'access.airport',
  rail_station: 'access.rail',
  park: 'access.park',
} as const

const ROLES = ['subject', 'within', 'partner', 'provider', 'nearest-outside', 'none'] as const
const KINDS = ['site', 'park', 'point'] as const
const PRECISIONS = ['exact', 'approximate', 'district'] as const

const isOneOf = <T extends string>(list: readonly T[], value: ExportValue): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

/**
 * How the CSV shows an analysis table's cells to people, in the UI language: roles, place
 * types, precisions and destinations as words; sector ids as sector names; `present` as
 * yes/no; a place's missing distance as "distance unknown" and a site's missing investment as
 * "not stated". The GeoJSON keeps the codes.
 *
 * @example csvCells(t, 'en', name)('sectors', 'nev li-battery', {}) // 'NEV, Lithium-ion batteries'
 */
export function csvCells(
  t: AnalysisTranslate,
  lang: Lang,
  sectorName: (id: string) => string,
): CellFormat {
  return (key, value, values) => {
    switch (key) {
      case 'role':
        return isOneOf(ROLES, value) ? t(`role.${value}`) : value
      case 'type':
        return isOneOf(KINDS, value) ? t(`subjectKind.${value}`) : value
      case 'location_precision':
        return isOneOf(PRECISIONS, value) ? t(`precision.${value}`) : value
      case 'destination':
        return typeof value === 'string' && value in DESTINATIONS
          ? t(DESTINATIONS[value as keyof typeof DESTINATIONS])
          : value
      case 'sector':
      case 'sectors':
        return typeof value === 'string' && value
          ? value
              .split(' ')
              .map(sectorName)
              .join(lang === 'zh' ? '、' : ', ')
          : value
      case 'present':
        return typeof value === 'boolean' ? t(value ? 'yes' : 'no') : value
      case 'distance_km':
        return value === null && values.role !== 'none' && values.type
          ? t('export.distanceUnknown')
          : value
      case 'investment_cny_100m':
        return value === null && values.type === 'site' ? t('export.notStated') : value
      default:
        return value
    }
  }
}
