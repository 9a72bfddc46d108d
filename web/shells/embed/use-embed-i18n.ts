import { useMemo } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { type EmbedTranslate, embedTranslate } from './i18n.ts'

/** The shared i18n helpers plus `et`, the embed's own strings, in the URL's language. */
export function useEmbedI18n(): ReturnType<typeof useI18n> & { et: EmbedTranslate } {
  const i18n = useI18n()
  return useMemo(() => ({ ...i18n, et: embedTranslate(i18n.lang) }), [i18n])
}
