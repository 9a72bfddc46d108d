import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import type { AnalysisTranslate } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { COMPARE_MEASURES } from './compare-measures.ts'
import { chainTable, nearestTable, withinTable } from './export/analysis-tables.ts'
import type { ExportTable } from './export/export-table.ts'
import {
  accessTable,
  type CandidateMeasures,
  clustersTable,
  compareTable,
} from './export/summary-tables.ts'
import { type AboutLabels, measureHeader, withAbout } from './export/table-about.ts'
import type { AnalysisData } from './use-analysis-data.ts'
import { useSectorName } from './use-sectors.tsx'

/** The names an export writes: the analysis strings, chain and sector names (UI language). */
export function useAboutLabels(t: AnalysisTranslate): AboutLabels {
  const { name } = useI18n()
  const chains = useQuery(chainListQuery()).data
  const sectors = useSectorName()
  return useMemo(
    () => ({
      t,
      chainName: (id: string) => {
        const chain = chains?.find((c) => c.id === id)
        return chain ? name(chain) : id
      },
      sectorName: sectors.name,
    }),
    [t, chains, name, sectors],
  )
}

/**
 * The export table of the tab shown (null until its result is there), titled and carrying
 * the tab's parameters, so that the files say what they hold.
 */
export function useExportTable(
  view: AnalysisView,
  data: AnalysisData,
  compare: CandidateMeasures[],
  t: AnalysisTranslate,
  title: string,
): ExportTable | null {
  const { subject, lookup } = data
  const labels = useAboutLabels(t)
  return useMemo(() => {
    const table = ((): ExportTable | null => {
      switch (view.mode) {
        case 'radius':
          return data.withinVm && subject ? withinTable(data.withinVm, subject, t) : null
        case 'nearest':
          return data.nearest.data && subject && lookup
            ? nearestTable(data.nearest.data, lookup, subject, t)
            : null
        case 'clusters':
          return data.clusters.data ? clustersTable(data.clusters.data, t) : null
        case 'chain':
          return data.chainVm && subject ? chainTable(data.chainVm, subject, t) : null
        case 'access':
          return data.access.data && subject ? accessTable(data.access.data, subject, t) : null
        case 'compare':
          return compare.length > 0
            ? compareTable(
                compare,
                COMPARE_MEASURES.map((key) => ({ key, header: measureHeader(key, view, labels) })),
                t,
              )
            : null
      }
    })()
    return table && withAbout(table, view, title, labels)
  }, [view, data, subject, lookup, compare, t, title, labels])
}
