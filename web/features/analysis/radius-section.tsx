import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatInvestment } from '../../lib/ui/format.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { DistrictLevelList, DistrictSubjectNote, PlaceResult, QueryState } from './place-result.tsx'
import type { AnalysisData } from './use-analysis-data.ts'
import { useSectorName } from './use-sectors.tsx'

/** Radius tab: counts per sector (with known investment) and the places grouped by sector. */
export function RadiusSection({ data }: { data: AnalysisData }) {
  const { t, lang } = useI18n(ANALYSIS_MESSAGES)
  const { name, color } = useSectorName()
  const vm = data.withinVm
  if (data.subject && !data.measurable) return <DistrictSubjectNote />
  if (!vm) {
    return (
      <QueryState
        error={data.within.error}
        isPending={data.within.isPending}
        onRetry={data.within.refetch}
      />
    )
  }
  const districtLevel = (
    <DistrictLevelList
      title={t('districtLevel.radius', { count: vm.districtLevel.rows.length })}
      rows={vm.districtLevel.rows}
      testId="radius-district-level"
    />
  )
  if (vm.total === 0) {
    return (
      <>
        <p className="analysis-muted">{t('radius.none', { radiusKm: vm.radiusKm })}</p>
        {districtLevel}
      </>
    )
  }
  return (
    <>
      <p className="analysis-headline" data-testid="radius-total">
        {t('radius.found', { count: vm.total, radiusKm: vm.radiusKm })}
      </p>
      <table className="analysis-table" data-testid="radius-summary">
        <caption>{t('radius.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.sector')}</th>
            <th scope="col">{t('radius.sites')}</th>
            <th scope="col">{t('radius.parks')}</th>
            <th scope="col">{t('radius.investment')}</th>
          </tr>
        </thead>
        <tbody>
          {vm.summary.map((s) => (
            <tr key={s.sector} data-sector={s.sector}>
              <th scope="row">
                <span className="sector-dot" style={{ background: color(s.sector) }} />
                {name(s.sector)}
              </th>
              <td>{s.sites}</td>
              <td>{s.parks}</td>
              <td>
                {s.investmentUnloaded > 0 ? (
                  <span className="analysis-muted">{t('radius.investmentNotLoaded')}</span>
                ) : s.investmentKnown > 0 ? (
                  formatInvestment(s.investmentCny100m, lang, t)
                ) : (
                  <span className="analysis-muted">{t('radius.investmentNotStated')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="analysis-muted small">
        {t('radius.summaryNote')}{' '}
        {vm.investmentCny100m > 0 &&
          vm.summary.every((s) => s.investmentUnloaded === 0) &&
          t('radius.investmentTotal', { value: formatInvestment(vm.investmentCny100m, lang, t) })}
      </p>
      {vm.groups.map((group) => (
        <section key={group.sector} className="result-group">
          <h4>
            <span className="sector-dot" style={{ background: color(group.sector) }} />
            {name(group.sector)} <span className="count">{group.rows.length}</span>
          </h4>
          <ul className="place-results">
            {group.rows.map((row) => (
              <PlaceResult key={`${row.type}:${row.id}`} row={row} testId="radius-result" />
            ))}
          </ul>
        </section>
      ))}
      {districtLevel}
    </>
  )
}
