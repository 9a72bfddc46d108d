import type {
  LocationPrecision,
  ParkFeature,
  Sector,
  SiteFeature,
} from '../../../api/domain/index.ts'
import type { CommonKey } from '../../lib/i18n/common-messages.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { nameIn } from '../../lib/i18n/translate.ts'
import { primarySector } from '../../lib/places/place-filter.ts'

/** One row of the embed's list view: a park or a site. */
export interface PlaceRow {
  kind: 'park' | 'site'
  id: string
  name_zh: string
  name_en: string
  /** Message key of its type, e.g. `parkKind.zone`, `siteKind.company`. */
  typeKey: CommonKey
  /** Its first (primary) sector. */
  sector: Sector | undefined
  districtCode: string
  precision: LocationPrecision
}

/**
 * Rows for the parks and sites shown, each group sorted by name in `lang` (pinyin order for
 * Chinese).
 */
export function placeRows(
  parks: readonly ParkFeature[],
  sites: readonly SiteFeature[],
  sectors: readonly Sector[],
  lang: Lang,
): { parks: PlaceRow[]; sites: PlaceRow[] } {
  const sectorById = new Map(sectors.map((s) => [s.id, s]))
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en')
  const byName = (a: PlaceRow, b: PlaceRow) => collator.compare(nameIn(a, lang), nameIn(b, lang))
  const parkRows = parks.map(
    ({ properties: p }): PlaceRow => ({
      kind: 'park',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      typeKey: `parkKind.${p.kind}`,
      sector: sectorById.get(p.sectors[0] ?? ''),
      districtCode: p.district_code,
      precision: p.location_precision,
    }),
  )
  const siteRows = sites.map(
    ({ properties: p }): PlaceRow => ({
      kind: 'site',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      typeKey: `siteKind.${p.kind}`,
      sector: sectorById.get(primarySector(p) ?? ''),
      districtCode: p.district_code,
      precision: p.location_precision,
    }),
  )
  return { parks: parkRows.sort(byName), sites: siteRows.sort(byName) }
}
