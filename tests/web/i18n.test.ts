import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMON_MESSAGES } from '../../web/lib/i18n/common-messages.ts'
import { createTranslate, type Messages } from '../../web/lib/i18n/define-messages.ts'
import { detectLang } from '../../web/lib/i18n/lang.ts'
import { i18nFor } from '../../web/lib/i18n/translate.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const WEB = join(ROOT, 'web')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

const isMessages = (value: unknown): value is Messages<string> =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).sort().join() === 'en,zh' &&
  typeof (value as Messages<string>).en === 'object'

/** Every dictionary of web/: the exports of each file that calls `defineMessages(`. */
async function allDictionaries(): Promise<Array<{ name: string; messages: Messages<string> }>> {
  const files = sourceFiles(WEB).filter(
    (file) =>
      !file.endsWith('define-messages.ts') &&
      readFileSync(file, 'utf8').includes('defineMessages('),
  )
  const found = await Promise.all(
    files.map(async (file) => {
      const module: Record<string, unknown> = await import(file)
      return Object.entries(module)
        .filter((entry): entry is [string, Messages<string>] => isMessages(entry[1]))
        .map(([name, messages]) => ({ name: `${relative(WEB, file)}:${name}`, messages }))
    }),
  )
  return found.flat()
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('every UI dictionary', async () => {
  const dictionaries = await allDictionaries()

  it('is found: the shared one, the features’, the shells’ and the map’s', () => {
    expect(dictionaries.map((d) => d.name).sort()).toEqual([
      'features/account/account-messages.ts:ACCOUNT_MESSAGES',
      'features/analysis/analysis-messages.ts:ANALYSIS_MESSAGES',
      'features/compare/compare-messages.ts:COMPARE_MESSAGES',
      'features/district-stats/stats-messages.ts:STATS_MESSAGES',
      'features/edit/edit-messages.ts:EDIT_MESSAGES',
      'features/embed-dialog/embed-dialog-messages.ts:EMBED_DIALOG_MESSAGES',
      'features/layer-panel/layer-panel-messages.ts:LAYER_PANEL_MESSAGES',
      'features/place-position/place-position-messages.ts:PLACE_POSITION_MESSAGES',
      'features/profile/profile-messages.ts:PROFILE_MESSAGES',
      'features/search/search-messages.ts:SEARCH_MESSAGES',
      'features/tour/tour-messages.ts:TOUR_MESSAGES',
      'features/welcome/welcome-messages.ts:WELCOME_MESSAGES',
      'lib/i18n/common-messages.ts:COMMON_MESSAGES',
      'lib/ui/location-messages.ts:LOCATION_MESSAGES',
      'map/map-messages.ts:MAP_MESSAGES',
      'shells/brief/brief-messages.ts:BRIEF_MESSAGES',
      'shells/embed/embed-messages.ts:EMBED_MESSAGES',
    ])
  })

  it.each(dictionaries.map((d) => [d.name, d.messages] as const))(
    '%s has the same keys in Chinese and English, none empty',
    (_name, messages) => {
      expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort())
      for (const [key, text] of [...Object.entries(messages.zh), ...Object.entries(messages.en)]) {
        expect(text.trim(), key).not.toBe('')
      }
    },
  )

  it.each(dictionaries.map((d) => [d.name, d.messages] as const))(
    '%s uses the same placeholders in both languages',
    (_name, messages) => {
      for (const [key, en] of Object.entries(messages.en)) {
        expect(placeholders(messages.zh[key] ?? ''), key).toEqual(placeholders(en))
      }
    },
  )

  it('never defines a key twice across dictionaries (each joins the shared one)', () => {
    const owner = new Map<string, string>()
    for (const { name, messages } of dictionaries) {
      for (const key of Object.keys(messages.en)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined()
        owner.set(key, name)
      }
    }
  })
})

describe('the i18n machinery', () => {
  it('is the only place that fills placeholders', () => {
    const copies = sourceFiles(WEB).filter((file) =>
      readFileSync(file, 'utf8').includes('.replace(/\\{(\\w+)\\}/g'),
    )
    expect(copies.map((file) => relative(WEB, file))).toEqual(['lib/i18n/define-messages.ts'])
  })

  it('fills placeholders and leaves unknown ones as written', () => {
    const t = createTranslate(COMMON_MESSAGES, 'zh')
    expect(t('layers.sitesShown', { count: 3, total: 70 })).toBe('显示 3 / 70 个项目点')
    expect(t('layers.sitesShown', { count: 3 })).toBe('显示 3 / {total} 个项目点')
  })

  it('looks up the shared strings and a feature’s own through one t', () => {
    const { t } = i18nFor('en', {
      en: { 'x.hello': 'Hello {name}' },
      zh: { 'x.hello': '你好 {name}' },
    })
    expect(t('x.hello', { name: 'Tianjin' })).toBe('Hello Tianjin')
    expect(t('kind.park')).toBe('Park')
  })

  it('starts in Chinese only when the browser prefers Chinese', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh')
    expect(detectLang(['en-GB', 'zh-CN'])).toBe('en')
    expect(detectLang([])).toBe('en')
  })
})
