import type { Lang } from '../i18n/lang.ts'
import type { CommonTranslate } from '../i18n/translate.ts'

const number = (value: number, lang: Lang, digits = 1) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits }).format(
    value,
  )

/**
 * Investment given in 亿元 (100 million CNY): "12 亿元" in Chinese, "1.2 billion CNY" in English.
 *
 * @example formatInvestment(12, 'en', t) // '1.2 billion CNY'
 */
export function formatInvestment(cny100m: number, lang: Lang, t: CommonTranslate): string {
  const value = lang === 'zh' ? cny100m : cny100m / 10
  return t('format.investment', { value: number(value, lang, 2) })
}

export function formatAreaKm2(areaKm2: number, lang: Lang, t: CommonTranslate): string {
  return t('format.areaKm2', { value: number(areaKm2, lang, areaKm2 < 10 ? 2 : 0) })
}

/** Display names of capacity units (snake_case units of the data, e.g. `gwh_per_year`). */
const UNITS: Record<string, { zh: string; en: string }> = {
  gwh: { zh: 'GWh', en: 'GWh' },
  gwh_per_year: { zh: 'GWh/年', en: 'GWh/yr' },
  gw: { zh: 'GW', en: 'GW' },
  mw: { zh: 'MW', en: 'MW' },
  kw: { zh: 'kW', en: 'kW' },
  t_per_year: { zh: '吨/年', en: 't/yr' },
  '10k_t_per_year': { zh: '万吨/年', en: '×10k t/yr' },
  units_per_year: { zh: '台(辆)/年', en: 'units/yr' },
  '10k_units_per_year': { zh: '万台(辆)/年', en: '×10k units/yr' },
  sets_per_year: { zh: '套/年', en: 'sets/yr' },
}

/** "10 GWh/yr" — unknown units are shown as written, underscores as spaces. */
export function formatCapacity(value: number, unit: string, lang: Lang): string {
  const label =
    UNITS[unit]?.[lang] ??
    unit.replaceAll('_per_year', lang === 'zh' ? '/年' : '/yr').replaceAll('_', ' ')
  return `${number(value, lang, 2)} ${label}`
}
