import type { AccessResult, InfrastructureHit, PlaceHit } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatKm } from '../../lib/ui/format-km.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { DistrictSubjectNote, QueryState } from './place-result.tsx'
import { useAnalysisActions } from './use-analysis.ts'
import type { AnalysisData } from './use-analysis-data.ts'
import { SectorSelect, useSectorName } from './use-sectors.tsx'

type Row = { key: string; label: string; hit: InfrastructureHit | PlaceHit | null }

/** The access destinations in display order. */
export function accessRows(result: AccessResult, labels: Record<string, string>): Row[] {
  return [
    { key: 'port', label: labels.port ?? 'port', hit: result.port },
    { key: 'airport', label: labels.airport ?? 'airport', hit: result.airport },
    { key: 'rail_station', label: labels.rail ?? 'rail', hit: result.rail_station },
    { key: 'park', label: labels.park ?? 'park', hit: result.park },
  ]
}

/** Access tab: distances to Tianjin Port, the airport, the nearest rail station and park. */
export function AccessSection(props: { view: AnalysisView; data: AnalysisData }) {
  const { t, lang, name } = useI18n(ANALYSIS_MESSAGES)
  const { name: sectorName } = useSectorName()
  const { set } = useAnalysisActions()
  const { view, data } = props
  const result = data.access.data
  const labels = {
    port: t('access.port'),
    airport: t('access.airport'),
    rail: t('access.rail'),
    park: view.sector ? t('access.parkOf', { sector: sectorName(view.sector) }) : t('access.park'),
  }
  return (
    <>
      <div className="analysis-controls">
        <SectorSelect
          label={t('access.park')}
          anyLabel={t('common.anySector')}
          value={view.sector}
          onChange={(sector) => set({ sector })}
          testId="access-sector"
        />
      </div>
      {(data.subject && !data.measurable && data.subject.subject.kind !== 'park') ||
      result?.subject.location_precision === 'district' ? (
        <DistrictSubjectNote />
      ) : !result ? (
        <QueryState
          error={data.access.error}
          isPending={data.access.isPending}
          onRetry={data.access.refetch}
        />
      ) : (
        <dl className="access-list" data-testid="access-list">
          {accessRows(result, labels).map((row) => (
            <div key={row.key} className="access-row" data-testid="access-row" data-key={row.key}>
              <dt>{row.label}</dt>
              <dd>
                {row.hit ? (
                  <>
                    <span className="access-distance" data-distance-km={row.hit.distance_km}>
                      {formatKm(row.hit.distance_km, lang)}
                    </span>
                    <span className="access-name">{name(row.hit)}</span>
                  </>
                ) : (
                  '–'
                )}
              </dd>
            </div>
          ))}
          {result.district && (
            <div className="access-row">
              <dt>{t('access.district')}</dt>
              <dd>
                <span className="access-name">{name(result.district)}</span>
              </dd>
            </div>
          )}
          {result.inside_parks.length > 0 && (
            <div className="access-row">
              <dt>{t('access.insideParks')}</dt>
              <dd>
                <span className="access-name">
                  {result.inside_parks.map((p) => name(p)).join('、')}
                </span>
              </dd>
            </div>
          )}
        </dl>
      )}
    </>
  )
}
