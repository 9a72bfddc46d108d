import { en, type MessageKey } from './en.ts'
import type { Lang } from './lang.ts'
import { zh } from './zh.ts'

const DICTIONARIES = { en, zh } as const

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/**
 * A translate function for `lang`: looks up `key` and fills `{name}` placeholders from `vars`.
 *
 * @example createTranslate('en')('layers.sitesShown', { count: 3, total: 9 }) // '3 of 9 sites shown'
 */
export function createTranslate(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang]
  return (key, vars) => {
    const text: string = dictionary[key]
    if (!vars) return text
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    )
  }
}

/** A record's name in `lang`. */
export function nameIn(record: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? record.name_zh : record.name_en
}

/** A record's name in the other language (shown as a secondary line). */
export function otherName(record: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? record.name_en : record.name_zh
}
