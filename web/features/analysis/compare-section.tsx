import { useQueries, useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { accessQuery, chainQuery, withinQuery } from '../../lib/queries/analysis.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { formatKm, formatLngLat, formatPercent } from '../../lib/ui/format-km.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { ChainSelect } from './chain-select.tsx'
import {
  bestIndex,
  COMPARE_MEASURES,
  type CompareMeasure,
  compareValues,
} from './compare-measures.ts'
import type { CandidateMeasures } from './export/summary-tables.ts'
import { RadiusControl } from './radius-control.tsx'
import { useAnalysisActions } from './use-analysis.ts'
import type { AnalysisData } from './use-analysis-data.ts'
import { useCandidatePositions } from './use-candidate-positions.ts'

/** The compared candidates with their measures (for the table and the exports). */
export function useCompareData(view: AnalysisView, data: AnalysisData): CandidateMeasures[] {
  const candidates = useCandidatePositions(view.candidates, data.lookup)
  // A candidate known only by district is not measured (its values stay null).
  const run = <T extends object>(make: (at: [number, number]) => T) =>
    candidates.map((c) => ({ ...make(c.position ?? [0, 0]), enabled: c.position !== null }))
  const within = useQueries({ queries: run((at) => withinQuery(at, view.radiusKm)) })
  const chain = useQueries({ queries: run((at) => chainQuery(at, view.chain, view.radiusKm)) })
  const access = useQueries({ queries: run((at) => accessQuery(at, view.sector)) })
  return candidates.map((c, i) => ({
    label: c.label,
    subject: c.resolved,
    values: compareValues(within[i]?.data, chain[i]?.data, access[i]?.data),
  }))
}

/** Compare tab: pinned candidates side by side (radius counts, chain completeness, access). */
export function CompareSection(props: {
  view: AnalysisView
  data: AnalysisData
  rows: CandidateMeasures[]
}) {
  const { t, lang, name } = useI18n(ANALYSIS_MESSAGES)
  const { set, unpin } = useAnalysisActions()
  const { view, rows } = props
  const chains = useQuery(chainListQuery()).data ?? []
  const chain = chains.find((c) => c.id === view.chain)
  const label = (m: CompareMeasure): string => {
    if (m === 'within_total') return t('candidates.within', { radiusKm: view.radiusKm })
    if (m === 'within_sites') return `· ${t('radius.sites')}`
    if (m === 'within_parks') return `· ${t('radius.parks')}`
    if (m === 'chain_score')
      return t('candidates.chain', { chain: chain ? name(chain) : view.chain })
    if (m === 'chain_present_links') return `· ${t('chain.present')}`
    if (m === 'port_km') return t('access.port')
    if (m === 'airport_km') return t('access.airport')
    if (m === 'rail_station_km') return t('access.rail')
    return t('access.park')
  }
  const show = (m: CompareMeasure, v: number | null, measured: boolean) => {
    if (!measured) return t('distance.unknown')
    if (v === null) return '…'
    if (m === 'chain_score') return formatPercent(v)
    return m.endsWith('_km') ? formatKm(v, lang) : String(v)
  }
  return (
    <>
      <div className="analysis-controls">
        <ChainSelect value={view.chain} onChange={(c) => set({ chain: c })} />
      </div>
      <RadiusControl
        radiusKm={view.radiusKm}
        onChange={(radiusKm) => set({ radiusKm }, 'replace')}
      />
      {rows.length === 0 && <p className="analysis-muted">{t('candidates.empty')}</p>}
      <ul className="candidate-list">
        {rows.map((c, i) => (
          <li key={c.label} data-testid="candidate-row" data-candidate={c.label}>
            <span className="candidate-pin">{c.label}</span>
            <span className="candidate-name">
              {c.subject.name_zh
                ? name({ name_zh: c.subject.name_zh, name_en: c.subject.name_en ?? '' })
                : t('subject.point')}
              <small>
                {c.subject.position ? formatLngLat(c.subject.position) : t('distance.unknown')}
              </small>
            </span>
            <CloseButton
              label={t('candidates.remove', { label: c.label })}
              onClick={() => unpin(i)}
              className="small"
            />
          </li>
        ))}
      </ul>
      {rows.length > 0 && (
        <table className="analysis-table compare-table" data-testid="candidate-compare">
          <thead>
            <tr>
              <th scope="col" />
              {rows.map((c) => (
                <th key={c.label} scope="col">
                  <span className="candidate-pin">{c.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPARE_MEASURES.map((m) => {
              const values = rows.map((c) => c.values[m] ?? null)
              const best = rows.length > 1 ? bestIndex(values, m) : -1
              return (
                <tr key={m} data-measure={m}>
                  <th scope="row">{label(m)}</th>
                  {values.map((v, i) => (
                    <td
                      key={rows[i]?.label}
                      data-candidate={rows[i]?.label}
                      data-value={v ?? ''}
                      className={i === best ? 'best' : undefined}
                    >
                      {show(m, v, rows[i]?.subject.position !== null)}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </>
  )
}
