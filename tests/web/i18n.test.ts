import { describe, expect, it } from 'vitest'
import { en } from '../../web/lib/i18n/en.ts'
import { detectLang } from '../../web/lib/i18n/lang.ts'
import { createTranslate } from '../../web/lib/i18n/translate.ts'
import { zh } from '../../web/lib/i18n/zh.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the UI dictionaries', () => {
  it('give every key a non-empty text in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const [key, text] of Object.entries(zh)) expect(text.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('fill placeholders', () => {
    expect(createTranslate('zh')('layers.sitesShown', { count: 3, total: 70 })).toBe(
      '显示 3 / 70 个项目点',
    )
  })

  it('start in Chinese only when the browser prefers Chinese', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh')
    expect(detectLang(['en-GB', 'zh-CN'])).toBe('en')
    expect(detectLang([])).toBe('en')
  })
})
