import type { ExpressionSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'

/** Name in the UI language, with the other language smaller underneath. */
export function bilingualName(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh']
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.78 }]
}
