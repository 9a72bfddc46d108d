import { formatInvestment } from '../../lib/ui/format.ts'
import { useAnalysisI18n } from './analysis-i18n.ts'
import { DistrictNote, PlaceResult, QueryState } from './place-result.tsx'
import type { AnalysisData } from './use-analysis-data.ts'
import { useSectorName } from './use-sectors.tsx'

/** Radius tab: counts per sector (with known investment) and the places grouped by sector. */
export function RadiusSection({ data }: { data: AnalysisData }) {
  const { at, t, lang } = useAnalysisI18n()
  const { name, color } = useSectorName()
  const vm = data.withinVm
  if (!vm) {
    return (
      <QueryState
        error={data.within.error}
        isPending={data.within.isPending}
        onRetry={data.within.refetch}
      />
    )
  }
  if (vm.total === 0)
    return <p className="analysis-muted">{at('radius.none', { radiusKm: vm.radiusKm })}</p>
  return (
    <>
      <p className="analysis-headline" data-testid="radius-total">
        {at('radius.found', { count: vm.total, radiusKm: vm.radiusKm })}
      </p>
      <DistrictNote count={vm.districtLevelCount} />
      <table className="analysis-table" data-testid="radius-summary">
        <caption>{at('radius.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{at('common.sector')}</th>
            <th scope="col">{at('radius.sites')}</th>
            <th scope="col">{at('radius.parks')}</th>
            <th scope="col">{at('radius.investment')}</th>
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
                {s.investmentKnown > 0 ? formatInvestment(s.investmentCny100m, lang, t) : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="analysis-muted small">
        {at('radius.summaryNote')}{' '}
        {vm.investmentCny100m > 0 &&
          at('radius.investmentTotal', { value: formatInvestment(vm.investmentCny100m, lang, t) })}
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
    </>
  )
}
