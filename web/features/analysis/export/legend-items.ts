import { ANALYSIS_COLORS as C } from '../../../lib/theme/theme.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { AnalysisMode } from '../analysis-url.ts'
import type { LegendItem } from './legend-layout.ts'

/** The legend of the PNG export for a tab (the overlay roles that tab draws). */
export function legendItems(
  mode: AnalysisMode,
  radiusKm: number,
  hasCandidates: boolean,
  t: AnalysisTranslate,
): LegendItem[] {
  const subject: LegendItem = { shape: 'dot', color: C.subject, label: t('legend.subject') }
  const radius: LegendItem = {
    shape: 'area',
    color: C.radius,
    label: t('legend.radius', { radiusKm }),
  }
  const byMode: Record<AnalysisMode, LegendItem[]> = {
    radius: [subject, radius, { shape: 'ring', color: C.hit, label: t('legend.hit') }],
    nearest: [subject, { shape: 'line', color: C.partner, label: t('legend.partner') }],
    clusters: [{ shape: 'dot', color: C.hull, label: t('legend.hull') }],
    chain: [
      subject,
      radius,
      { shape: 'ring', color: C.provider, label: t('legend.provider') },
      { shape: 'dash', color: C.missing, label: t('legend.missing') },
    ],
    access: [subject, { shape: 'line', color: C.access, label: t('legend.access') }],
    compare: [radius],
  }
  const candidate: LegendItem = { shape: 'dot', color: C.candidate, label: t('legend.candidate') }
  return hasCandidates ? [...byMode[mode], candidate] : byMode[mode]
}
