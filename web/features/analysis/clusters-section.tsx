import { useId } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { ClusterMembers } from './cluster-members.tsx'
import { QueryState } from './place-result.tsx'
import { selectedCluster, useSelectedCluster } from './selected-cluster.ts'
import { useAnalysisActions } from './use-analysis.ts'
import type { AnalysisData } from './use-analysis-data.ts'
import { SectorSelect, useSectorName } from './use-sectors.tsx'

/** Clusters tab: DBSCAN per sector (distance and minimum size), hulls with member counts. */
export function ClustersSection(props: { view: AnalysisView; data: AnalysisData }) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const { set } = useAnalysisActions()
  const { name } = useSectorName()
  const selected = useSelectedCluster()
  const { view, data } = props
  const result = data.clusters.data
  const epsId = useId()
  const minId = useId()
  const number = (
    id: string,
    key: 'epsKm' | 'minPoints',
    min: number,
    max: number,
    step: number,
  ) => (
    <input
      id={id}
      type="number"
      min={min}
      max={max}
      step={step}
      value={view[key]}
      data-testid={key === 'epsKm' ? 'clusters-eps' : 'clusters-min'}
      onChange={(e) => {
        const value = Number(e.target.value)
        if (value >= min && value <= max) set({ [key]: value }, 'replace')
      }}
    />
  )
  return (
    <>
      <div className="analysis-controls">
        <SectorSelect
          label={t('common.sector')}
          value={data.clusterSector}
          onChange={(sector) => set({ sector })}
          testId="clusters-sector"
        />
        <div className="analysis-field analysis-field--narrow">
          <label htmlFor={epsId}>{t('clusters.eps')}</label>
          <span className="with-unit">{number(epsId, 'epsKm', 0.5, 50, 0.5)} km</span>
        </div>
        <div className="analysis-field analysis-field--narrow">
          <label htmlFor={minId}>{t('clusters.min')}</label>
          {number(minId, 'minPoints', 1, 20, 1)}
        </div>
      </div>
      <p className="analysis-muted small">{t('clusters.how')}</p>
      {!result ? (
        <QueryState
          error={data.clusters.error}
          isPending={data.clusters.isPending}
          onRetry={data.clusters.refetch}
        />
      ) : (
        <>
          <p className="analysis-headline">
            {t('clusters.found', { count: result.cluster_count, sector: name(result.sector) })}
          </p>
          <p className="analysis-muted small">
            {t('clusters.noise', { count: result.noise_ids.length })} · {t('clusters.hint')}
          </p>
          {result.district_level.total > 0 && (
            <p className="analysis-note" data-testid="clusters-district-level">
              {t('districtLevel.clusters', { count: result.district_level.total })}
            </p>
          )}
          <ul className="cluster-list">
            {result.features.map((hull) => {
              const p = hull.properties
              const open = p.cluster_id === selected
              return (
                <li key={p.cluster_id} data-testid="cluster-row" data-cluster={p.cluster_id}>
                  <button
                    type="button"
                    className="cluster-button"
                    aria-expanded={open}
                    onClick={() => selectedCluster.set(open ? null : p.cluster_id)}
                  >
                    <span className="cluster-badge">{p.member_count}</span>
                    {t('clusters.members', { count: p.member_count })}
                  </button>
                  {open && <ClusterMembers cluster={p} />}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </>
  )
}
