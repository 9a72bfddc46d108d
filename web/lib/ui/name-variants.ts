const CITY_PREFIX = /^(天津市|天津)/
const COMPANY_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团公司|公司)$/

/**
 * Forms of a Chinese name a plan may use: as written, without the 天津 prefix, and without
 * the company-form suffix ("天津力神电池股份有限公司" → … "力神电池").
 */
export function nameVariants(nameZh: string): string[] {
  const noCity = nameZh.replace(CITY_PREFIX, '')
  const noSuffix = noCity.replace(COMPANY_SUFFIX, '')
  return [...new Set([nameZh, noCity, noSuffix])].filter((v) => v.length >= 2)
}
