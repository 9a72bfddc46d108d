import { useMemo } from 'react'
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
import type { AnalysisData } from './use-analysis-data.ts'

/** The export table of the tab shown (null until its result is there). */
export function useExportTable(
  view: AnalysisView,
  data: AnalysisData,
  compare: CandidateMeasures[],
  t: AnalysisTranslate,
): ExportTable | null {
  const { subject, lookup } = data
  return useMemo(() => {
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
              COMPARE_MEASURES.map((key) => ({ key, header: key })),
              t,
            )
          : null
    }
  }, [view.mode, data, subject, lookup, compare, t])
}
