import type { ParkProperties } from '../../../api/domain/index.ts'
import type { Lang } from '../i18n/lang.ts'
import { type I18n, i18nFor } from '../i18n/translate.ts'
import { formatAreaKm2 } from './format.ts'
import { LOCATION_MESSAGES, type LocationKey } from './location-messages.ts'

const BY_LANG = {
  en: i18nFor('en', LOCATION_MESSAGES),
  zh: i18nFor('zh', LOCATION_MESSAGES),
} as const

/** The location strings in `lang`, outside a component (tables, exports, print). */
export function locationI18n(lang: Lang): I18n<LocationKey> {
  return BY_LANG[lang]
}

/**
 * What is known of a park's extent, in one line: an area only for a citable outline of the
 * whole park, otherwise what is (not) known — "Extent not known", "Position only (within about
 * 5 km); extent not known", "Mapped in part only", …
 *
 * @example extentText(teda, 'en') // 'Several separate parts'
 */
export function extentText(park: ParkProperties, lang: Lang, parentName?: string): string {
  const { t } = locationI18n(lang)
  switch (park.extent) {
    case 'outline':
      return park.area_km2 === undefined
        ? t('extent.unknown')
        : t('extent.outline', { area: formatAreaKm2(park.area_km2, lang, t) })
    case 'point':
      return t('extent.point', { km: park.uncertainty_km ?? '?' })
    case 'in-parent':
      return t('extent.in-parent', { parent: parentName ?? park.parent_park_id ?? '' })
    default:
      return t(`extent.${park.extent}`)
  }
}

/**
 * An area a source states for the park ("Planned 200 km² according to Summer Davos …"), or
 * null. Never computed from a drawing.
 *
 * @example statedAreaText(nangang, 'en') // 'Planned 200 km² according to Summer Davos (tj-summerdavos.cn)'
 */
export function statedAreaText(park: ParkProperties, lang: Lang): string | null {
  const stated = park.stated_area
  if (!stated) return null
  const { t } = locationI18n(lang)
  const source = stated.source.publisher ?? stated.source.title
  return t('extent.stated', {
    kind: t(`extent.stated.${stated.kind}`),
    area: formatAreaKm2(stated.km2, lang, t),
    source,
  })
}
