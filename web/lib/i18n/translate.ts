import { COMMON_MESSAGES, type CommonKey } from './common-messages.ts'
import { createTranslate, type Messages, mergeMessages, type Translate } from './define-messages.ts'
import type { Lang } from './lang.ts'

/** A record with a name in both languages. */
export interface Named {
  name_zh: string
  name_en: string
}

/** The translate function of the shared strings (what UI-kit helpers take). */
export type CommonTranslate = Translate<CommonKey>

/** Everything a component needs to speak the UI language. */
export interface I18n<K extends string = never> {
  lang: Lang
  /** The shared strings plus those of the dictionary asked for. */
  t: Translate<CommonKey | K>
  /** A record's name in the UI language. */
  name: (record: Named) => string
  /** A record's name in the other language (shown as a secondary line). */
  altName: (record: Named) => string
}

/** A record's name in `lang`. */
export function nameIn(record: Named, lang: Lang): string {
  return lang === 'zh' ? record.name_zh : record.name_en
}

/** A record's name in the other language. */
export function otherName(record: Named, lang: Lang): string {
  return lang === 'zh' ? record.name_en : record.name_zh
}

/**
 * The i18n helpers for `lang`: `t` looks up the shared strings and `messages` (a feature's or
 * shell's own dictionary). Outside React; components use `useI18n(messages)`.
 *
 * @example i18nFor('en').t('layers.sitesShown', { count: 3, total: 9 }) // '3 of 9 sites shown'
 */
export function i18nFor<K extends string = never>(lang: Lang, messages?: Messages<K>): I18n<K> {
  // Without a dictionary K is `never`: the shared strings alone.
  const all = (messages ? mergeMessages(COMMON_MESSAGES, messages) : COMMON_MESSAGES) as Messages<
    CommonKey | K
  >
  return {
    lang,
    t: createTranslate(all, lang),
    name: (record) => nameIn(record, lang),
    altName: (record) => otherName(record, lang),
  }
}
