import { createTranslate } from '../lib/i18n/define-messages.ts'
import type { Lang } from '../lib/i18n/lang.ts'
import { MAP_MESSAGES } from './map-messages.ts'

/** MapLibre's cooperative-gesture hints in `lang` (its `locale` option). */
export function cooperativeGestureLocale(lang: Lang): Record<string, string> {
  const t = createTranslate(MAP_MESSAGES, lang)
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gesturesWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gesturesMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gesturesMobile'),
  }
}
