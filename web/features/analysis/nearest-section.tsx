import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { DistrictLevelList, DistrictSubjectNote, PlaceResult, QueryState } from './place-result.tsx'
import { useAnalysisActions } from './use-analysis.ts'
import type { AnalysisData } from './use-analysis-data.ts'
import { SectorSelect } from './use-sectors.tsx'
import { toResultRow } from './within-view-model.ts'

/** Nearest-partners tab: the k nearest sites of a sector, drawn as lines from the subject. */
export function NearestSection(props: { view: AnalysisView; data: AnalysisData }) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const { set } = useAnalysisActions()
  const { view, data } = props
  const lookup = data.lookup
  const rows =
    data.nearest.data && lookup ? data.nearest.data.items.map((h) => toResultRow(h, lookup)) : null
  const sameDistrict =
    data.nearest.data && lookup
      ? data.nearest.data.district_level.items.map((h) => toResultRow(h, lookup))
      : []
  return (
    <>
      <div className="analysis-controls">
        <SectorSelect
          label={t('common.sector')}
          anyLabel={t('common.anySector')}
          value={view.sector}
          onChange={(sector) => set({ sector })}
          testId="nearest-sector"
        />
        <label className="analysis-field analysis-field--narrow">
          <span>{t('nearest.k')}</span>
          <input
            type="number"
            min={1}
            max={20}
            value={view.k}
            data-testid="nearest-k"
            onChange={(e) => {
              const k = Math.round(Number(e.target.value))
              if (k >= 1 && k <= 20) set({ k }, 'replace')
            }}
          />
        </label>
      </div>
      {data.subject && !data.measurable ? (
        <DistrictSubjectNote />
      ) : rows ? (
        rows.length === 0 ? (
          <p className="analysis-muted">{t('nearest.none')}</p>
        ) : (
          <>
            <p className="analysis-headline">{t('nearest.title', { k: rows.length })}</p>
            <ol className="place-results place-results--numbered">
              {rows.map((row) => (
                <PlaceResult key={row.id} row={row} testId="nearest-result" />
              ))}
            </ol>
            <DistrictLevelList
              title={t('districtLevel.nearest', { count: sameDistrict.length })}
              rows={sameDistrict}
              testId="nearest-district-level"
            />
          </>
        )
      ) : (
        <QueryState
          error={data.nearest.error}
          isPending={data.nearest.isPending}
          onRetry={data.nearest.refetch}
        />
      )}
    </>
  )
}
