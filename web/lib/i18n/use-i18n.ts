import { useMemo } from 'react'
import type { Messages } from './define-messages.ts'
import { useLang } from './lang-context.tsx'
import { type I18n, i18nFor } from './translate.ts'

/**
 * The i18n helpers in the UI language: `t` over the shared strings and, when given, a
 * feature's own dictionary (a module constant made with `defineMessages`).
 *
 * @example const { t, name } = useI18n(TOUR_MESSAGES); t('tour.stops', { count: 5 })
 */
export function useI18n<K extends string = never>(messages?: Messages<K>): I18n<K> {
  const lang = useLang()
  return useMemo(() => i18nFor(lang, messages), [lang, messages])
}
