import { AccessSection } from './access-section.tsx'
import './analysis-panel.css'
import './subject-card.css'
import './mode-tabs.css'
import './analysis-controls.css'
import './analysis-results.css'
import './place-result.css'
import './chain-section.css'
import './clusters-access.css'
import './candidates.css'
import './export-bar.css'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { ANALYSIS_MODES, type AnalysisView } from './analysis-url.ts'
import { ChainSection } from './chain-section.tsx'
import { ClustersSection } from './clusters-section.tsx'
import { CompareSection, useCompareData } from './compare-section.tsx'
import { legendItems } from './export/legend-items.ts'
import { ExportBar } from './export-bar.tsx'
import { NearestSection } from './nearest-section.tsx'
import { RadiusControl } from './radius-control.tsx'
import { RadiusSection } from './radius-section.tsx'
import { SubjectCard } from './subject-card.tsx'
import { useAnalysisActions, useAnalysisView } from './use-analysis.ts'
import { type AnalysisData, useAnalysisData } from './use-analysis-data.ts'
import { useExportTable } from './use-export-table.ts'

/** The cluster-planning panel: subject, one analysis tab at a time, its export. */
export function AnalysisPanel() {
  const view = useAnalysisView()
  if (!view) return null
  return <OpenPanel view={view} />
}

function OpenPanel({ view }: { view: AnalysisView }) {
  const { t, name } = useI18n(ANALYSIS_MESSAGES)
  const { close, set } = useAnalysisActions()
  const data = useAnalysisData(view)
  const compare = useCompareData(view, data)
  const needsSubject = view.mode !== 'clusters' && view.mode !== 'compare'
  const subjectName = data.subject?.name_zh
    ? name({ name_zh: data.subject.name_zh, name_en: data.subject.name_en ?? '' })
    : t('subject.point')
  const title = `${t(`mode.${view.mode}`)} · ${needsSubject ? subjectName : t('analysis.title')}`
  const table = useExportTable(view, data, compare, t, title)
  return (
    <aside
      className="analysis-panel"
      data-testid="analysis-panel"
      data-mode={view.mode}
      aria-label={t('analysis.title')}
    >
      <div className="panel-head">
        <h2>{t('analysis.title')}</h2>
        <CloseButton label={t('analysis.close')} onClick={close} />
      </div>
      <div className="panel-body analysis-body">
        <SubjectCard view={view} subject={data.subject} />
        <div className="mode-tabs" role="tablist" aria-label={t('analysis.tabs')}>
          {ANALYSIS_MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              role="tab"
              aria-selected={view.mode === mode}
              data-testid={`analysis-mode-${mode}`}
              className="mode-tab"
              onClick={() => set({ mode })}
            >
              {t(`mode.${mode}`)}
              {mode === 'compare' && view.candidates.length > 0 && (
                <span className="tab-count">{view.candidates.length}</span>
              )}
            </button>
          ))}
        </div>
        <div className="analysis-result" role="tabpanel">
          {needsSubject && !data.subject ? (
            <p className="analysis-muted">{t('common.noSubject')}</p>
          ) : (
            <ModeBody view={view} data={data} compare={compare} />
          )}
        </div>
      </div>
      <ExportBar
        table={table}
        title={title}
        legend={legendItems(view.mode, view.radiusKm, view.candidates.length > 0, t)}
      />
    </aside>
  )
}

function ModeBody(props: {
  view: AnalysisView
  data: AnalysisData
  compare: ReturnType<typeof useCompareData>
}) {
  const { set } = useAnalysisActions()
  const { view, data } = props
  switch (view.mode) {
    case 'radius':
      return (
        <>
          <RadiusControl
            radiusKm={view.radiusKm}
            onChange={(radiusKm) => set({ radiusKm }, 'replace')}
          />
          <RadiusSection data={data} />
        </>
      )
    case 'nearest':
      return <NearestSection view={view} data={data} />
    case 'clusters':
      return <ClustersSection view={view} data={data} />
    case 'chain':
      return <ChainSection view={view} data={data} />
    case 'access':
      return <AccessSection view={view} data={data} />
    case 'compare':
      return <CompareSection view={view} data={data} rows={props.compare} />
  }
}
