import type { AnalysisTranslate } from '../analysis-messages.ts'
import type { AnalysisView } from '../analysis-url.ts'
import type { CompareMeasure } from '../compare-measures.ts'
import type { ExportParameter, ExportTable } from './export-table.ts'

/** Names the export needs beyond the view: of the chain and of a sector, in the UI language. */
export interface AboutLabels {
  t: AnalysisTranslate
  chainName: (id: string) => string
  sectorName: (id: string) => string
}

/**
 * The settings an analysis tab's result depends on, as recorded in its files.
 *
 * @example analysisParameters({ ...view, mode: 'chain' }, labels).map((p) => p.key) // ['chain', 'radius_km']
 */
export function analysisParameters(view: AnalysisView, labels: AboutLabels): ExportParameter[] {
  const { t } = labels
  const radius = { key: 'radius_km', header: t('export.radius'), value: view.radiusKm }
  const chain = {
    key: 'chain',
    header: t('export.chain'),
    value: view.chain,
    label: labels.chainName(view.chain),
  }
  const sector = {
    key: 'sector',
    header: t('export.sector'),
    value: view.sector,
    label: view.sector ? labels.sectorName(view.sector) : t('export.anySector'),
  }
  switch (view.mode) {
    case 'radius':
      return [radius]
    case 'nearest':
      return [sector, { key: 'k', header: t('export.k'), value: view.k }]
    case 'clusters':
      return [
        sector,
        { key: 'eps_km', header: t('export.eps'), value: view.epsKm },
        { key: 'min_points', header: t('export.min'), value: view.minPoints },
      ]
    case 'chain':
      return [chain, radius]
    case 'access':
      return [sector]
    case 'compare':
      return [radius, chain, sector]
  }
}

/**
 * A compared measure's column header, saying what was measured: the radius, the chain, the
 * destination, the unit.
 *
 * @example measureHeader('within_sites', view, labels) // 'Sites within 10 km'
 */
export function measureHeader(
  measure: CompareMeasure,
  view: AnalysisView,
  labels: AboutLabels,
): string {
  const { t } = labels
  const radiusKm = view.radiusKm
  const chain = labels.chainName(view.chain)
  const km = (place: string) => `${place} (km)`
  switch (measure) {
    case 'within_total':
      return t('candidates.within', { radiusKm })
    case 'within_sites':
      return t('export.m.sites', { radiusKm })
    case 'within_parks':
      return t('export.m.parks', { radiusKm })
    case 'chain_score':
      return t('export.m.chainScore', { chain, radiusKm })
    case 'chain_present_links':
      return t('export.m.chainLinks', { chain, radiusKm })
    case 'port_km':
      return km(t('access.port'))
    case 'airport_km':
      return km(t('access.airport'))
    case 'rail_station_km':
      return km(t('access.rail'))
    case 'park_km':
      return km(
        view.sector
          ? t('access.parkOf', { sector: labels.sectorName(view.sector) })
          : t('access.park'),
      )
  }
}

/** The table with what it is about: its title and the view's parameters. */
export function withAbout(
  table: ExportTable,
  view: AnalysisView,
  title: string,
  labels: AboutLabels,
): ExportTable {
  return {
    ...table,
    title,
    titleHeader: labels.t('export.analysis'),
    parameters: analysisParameters(view, labels),
  }
}
