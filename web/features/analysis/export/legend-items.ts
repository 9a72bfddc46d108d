import type { AnalysisTranslate } from '../analysis-i18n.ts'
import type { AnalysisMode } from '../analysis-url.ts'
import { ANALYSIS_COLORS as C } from '../overlay-layers.ts'
import type { LegendItem } from './legend-layout.ts'

/** The legend of the PNG export for a tab (the overlay roles that tab draws). */
export function legendItems(
  mode: AnalysisMode,
  radiusKm: number,
  hasCandidates: boolean,
  at: AnalysisTranslate,
): LegendItem[] {
  const subject: LegendItem = { shape: 'dot', color: C.subject, label: at('legend.subject') }
  const radius: LegendItem = {
    shape: 'area',
    color: C.radius,
    label: at('legend.radius', { radiusKm }),
  }
  const byMode: Record<AnalysisMode, LegendItem[]> = {
    radius: [subject, radius, { shape: 'ring', color: C.hit, label: at('legend.hit') }],
    nearest: [subject, { shape: 'line', color: C.partner, label: at('legend.partner') }],
    clusters: [{ shape: 'dot', color: C.hull, label: at('legend.hull') }],
    chain: [
      subject,
      radius,
      { shape: 'ring', color: C.provider, label: at('legend.provider') },
      { shape: 'dash', color: C.missing, label: at('legend.missing') },
    ],
    access: [subject, { shape: 'line', color: C.access, label: at('legend.access') }],
    compare: [radius],
  }
  const candidate: LegendItem = { shape: 'dot', color: C.candidate, label: at('legend.candidate') }
  return hasCandidates ? [...byMode[mode], candidate] : byMode[mode]
}
