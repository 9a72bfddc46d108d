import { useMemo } from 'react'
import { useView } from '../url/view-context.tsx'
import type { Lang } from './lang.ts'
import { createTranslate, nameIn, otherName, type Translate } from './translate.ts'

export interface I18n {
  lang: Lang
  t: Translate
  /** A record's name in the UI language. */
  name: (record: { name_zh: string; name_en: string }) => string
  /** A record's name in the other language. */
  altName: (record: { name_zh: string; name_en: string }) => string
}

/** Translation helpers for the language in the URL. */
export function useI18n(): I18n {
  const { lang } = useView()
  return useMemo(
    () => ({
      lang,
      t: createTranslate(lang),
      name: (record) => nameIn(record, lang),
      altName: (record) => otherName(record, lang),
    }),
    [lang],
  )
}
