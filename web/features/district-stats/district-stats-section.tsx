import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import type { StatsMeasure, ValueClass } from './choropleth.ts'
import './district-stats.css'
import { classColor } from './stats-layer.ts'
import { STATS_MESSAGES } from './stats-messages.ts'
import { useDistrictStats, useStatsView } from './use-district-stats.ts'

/**
 * The choropleth's switch, what it measures (sites or stated investment) over which sector,
 * and its legend with the honest notes (multi-sector sites, how few investments are stated).
 */
export function DistrictStatsSection() {
  const { t, name } = useI18n(STATS_MESSAGES)
  const [view, setView] = useStatsView()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const data = useDistrictStats(view)
  const current = view ?? { measure: 'sites' as const, sector: null }
  return (
    <section className="panel-section district-stats" data-testid="district-stats">
      <h3>{t('stats.title')}</h3>
      <label className="stats-toggle">
        <input
          type="checkbox"
          data-testid="district-stats-toggle"
          checked={view !== null}
          onChange={(event) => setView(event.target.checked ? current : null)}
        />
        {t('stats.toggle')}
      </label>
      <div className="stats-controls">
        <select
          aria-label={t('stats.toggle')}
          data-testid="district-stats-measure"
          value={current.measure}
          onChange={(event) => setView({ ...current, measure: event.target.value as StatsMeasure })}
        >
          <option value="sites">{t('stats.measure.sites')}</option>
          <option value="investment">{t('stats.measure.investment')}</option>
        </select>
        <select
          aria-label={t('stats.sector')}
          data-testid="district-stats-sector"
          value={current.sector ?? ''}
          onChange={(event) => setView({ ...current, sector: event.target.value || null })}
        >
          <option value="">{t('stats.allSectors')}</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {name(s)}
            </option>
          ))}
        </select>
      </div>
      {view && data && (
        <>
          <StatsLegend classes={data.classes} investment={view.measure === 'investment'} />
          <p className="note">
            {view.measure === 'investment'
              ? t('stats.investmentStated', { stated: data.stated, sites: data.sites })
              : view.sector
                ? t('stats.multiSector')
                : null}
          </p>
        </>
      )}
    </section>
  )
}

function StatsLegend(props: { classes: readonly ValueClass[]; investment: boolean }) {
  const { t } = useI18n(STATS_MESSAGES)
  const range = (c: ValueClass) =>
    c.min === c.max ? String(c.min) : t('stats.range', { min: c.min, max: c.max })
  return (
    <ul className="stats-legend" data-testid="district-stats-legend">
      {props.classes.map((c, i) => (
        <li key={`${c.min}-${c.max}`}>
          <span className="stats-swatch" style={{ background: classColor(i) }} aria-hidden="true" />
          {range(c)}
        </li>
      ))}
      <li>
        <span
          className="stats-swatch"
          style={{ background: props.investment ? 'transparent' : classColor(-1) }}
          aria-hidden="true"
        />
        {props.investment ? t('stats.noFigure') : t('stats.zero')}
      </li>
    </ul>
  )
}
