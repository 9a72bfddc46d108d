import type { Lang } from '../../lib/i18n/lang.ts'
import { createTranslate, nameIn, otherName, type Translate } from '../../lib/i18n/translate.ts'
import { type BriefTranslate, briefTranslate } from './i18n.ts'

/** Translation helpers of one brief: shared strings `t`, the brief's own `bt`, names. */
export interface BriefI18n {
  lang: Lang
  t: Translate
  bt: BriefTranslate
  name: (record: { name_zh: string; name_en: string }) => string
  altName: (record: { name_zh: string; name_en: string }) => string
  /** A distance in km with one decimal, e.g. `12.3 km` / `12.3 公里`. */
  km: (distanceKm: number) => string
}

export function briefI18n(lang: Lang): BriefI18n {
  const bt = briefTranslate(lang)
  return {
    lang,
    t: createTranslate(lang),
    bt,
    name: (record) => nameIn(record, lang),
    altName: (record) => otherName(record, lang),
    km: (distanceKm) => bt('brief.km', { value: distanceKm.toFixed(1) }),
  }
}

/** A date as `YYYY-MM-DD` in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
