import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../web/lib/i18n/translate.ts'
import { formatCapacity, formatInvestment } from '../../web/lib/ui/format.ts'
import { highlightParts } from '../../web/lib/ui/highlight.ts'
import { nameVariants } from '../../web/lib/ui/name-variants.ts'

describe('details text helpers', () => {
  it('derives the short forms of a company name that plans use', () => {
    expect(nameVariants('天津力神电池股份有限公司')).toEqual([
      '天津力神电池股份有限公司',
      '力神电池股份有限公司',
      '力神电池',
    ])
  })

  it('marks every occurrence of a name in a clause, longest form first', () => {
    const parts = highlightParts(
      '依托力神电池股份有限公司，支持力神电池扩产',
      nameVariants('天津力神电池股份有限公司'),
    )
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual([
      '力神电池股份有限公司',
      '力神电池',
    ])
    expect(parts.map((p) => p.text).join('')).toBe('依托力神电池股份有限公司，支持力神电池扩产')
  })

  it('states investment in 亿元 in Chinese and billions of CNY in English', () => {
    expect(formatInvestment(12, 'zh', i18nFor('zh').t)).toBe('12 亿元')
    expect(formatInvestment(12, 'en', i18nFor('en').t)).toBe('1.2 billion CNY')
  })

  it('names capacity units, keeping unknown ones readable', () => {
    expect(formatCapacity(10, 'gwh_per_year', 'en')).toBe('10 GWh/yr')
    expect(formatCapacity(3, 'mw_peak_per_year', 'zh')).toBe('3 mw peak/年')
  })
})
