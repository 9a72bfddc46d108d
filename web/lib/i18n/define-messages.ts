import type { Lang } from './lang.ts'

/** One language's strings of a dictionary. */
export type Dictionary<K extends string> = Readonly<Record<K, string>>

/**
 * A dictionary: the same keys in Chinese and English. Placeholders are written `{name}` and
 * filled by `createTranslate`; `tests/web/i18n-dictionaries.test.ts` checks every dictionary
 * for equal keys and equal placeholders in both languages.
 */
export interface Messages<K extends string> {
  readonly en: Dictionary<K>
  readonly zh: Dictionary<K>
}

/** The keys of a dictionary. */
export type MessageKey<M> = M extends Messages<infer K> ? K : never

/** Values of `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>

/** Looks up a key and fills its placeholders. */
export type Translate<K extends string> = (key: K, vars?: Vars) => string

/**
 * Declares a feature's (or shell's) strings. The English keys type the dictionary; the
 * Chinese side must have exactly the same keys.
 *
 * @example
 * const M = defineMessages({ en: { 'tour.stops': '{count} stops' }, zh: { 'tour.stops': '{count} 站' } })
 * createTranslate(M, 'zh')('tour.stops', { count: 5 }) // '5 站'
 */
export function defineMessages<K extends string>(messages: {
  en: Record<K, string>
  zh: NoInfer<Record<K, string>>
}): Messages<K> {
  return messages
}

/**
 * The translate function of `messages` in `lang`: `{name}` placeholders are filled from
 * `vars` (a placeholder without a value stays as written).
 */
export function createTranslate<K extends string>(messages: Messages<K>, lang: Lang): Translate<K> {
  const dictionary: Dictionary<K> = messages[lang]
  return (key, vars) => {
    const text = dictionary[key]
    if (!vars) return text
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    )
  }
}

/** Two dictionaries as one (their keys must not overlap: the dictionary test checks it). */
export function mergeMessages<A extends string, B extends string>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A | B> {
  return { en: { ...a.en, ...b.en }, zh: { ...a.zh, ...b.zh } }
}
