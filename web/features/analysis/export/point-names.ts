import { i18nFor } from '../../../lib/i18n/translate.ts'
import { formatLngLat } from '../../../lib/ui/format-km.ts'
import { ANALYSIS_MESSAGES } from '../analysis-messages.ts'

const ZH = i18nFor('zh', ANALYSIS_MESSAGES).t
const EN = i18nFor('en', ANALYSIS_MESSAGES).t

/**
 * A picked point's names for the name columns of an export (both languages, whatever the UI
 * language): "Candidate A (117.2000, 39.1300)", or "Candidate site (…)" without a label.
 *
 * @example pointNames([117.2, 39.13], 'A').name_zh // '候选点 A（117.2000, 39.1300）'
 */
export function pointNames(
  at: readonly [number, number],
  label?: string,
): { name_zh: string; name_en: string } {
  const params = { at: formatLngLat(at), label: label ?? '' }
  const key = label ? 'export.candidateName' : 'export.pointName'
  return { name_zh: ZH(key, params), name_en: EN(key, params) }
}
