import { useMemo } from 'react'
import type { AnalysisTranslate } from './analysis-i18n.ts'
import type { AnalysisView } from './analysis-url.ts'
import { COMPARE_MEASURES } from './compare-measures.ts'
import {
  accessTable,
  type CandidateMeasures,
  chainTable,
  clustersTable,
  compareTable,
  nearestTable,
  withinTable,
} from './export/analysis-tables.ts'
import type { ExportTable } from './export/export-table.ts'
import type { AnalysisData } from './use-analysis-data.ts'

/** The export table of the tab shown (null until its result is there). */
export function useExportTable(
  view: AnalysisView,
  data: AnalysisData,
  compare: CandidateMeasures[],
  at: AnalysisTranslate,
): ExportTable | null {
  const { subject, lookup } = data
  return useMemo(() => {
    switch (view.mode) {
      case 'radius':
        return data.withinVm && subject ? withinTable(data.withinVm, subject, at) : null
      case 'nearest':
        return data.nearest.data && subject && lookup
          ? nearestTable(data.nearest.data, lookup, subject, at)
          : null
      case 'clusters':
        return data.clusters.data ? clustersTable(data.clusters.data, at) : null
      case 'chain':
        return data.chainVm && subject ? chainTable(data.chainVm, subject, at) : null
      case 'access':
        return data.access.data && subject ? accessTable(data.access.data, subject, at) : null
      case 'compare':
        return compare.length > 0
          ? compareTable(
              compare,
              COMPARE_MEASURES.map((key) => ({ key, header: key })),
              at,
            )
          : null
    }
  }, [view.mode, data, subject, lookup, compare, at])
}
