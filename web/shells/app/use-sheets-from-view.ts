import { useEffect } from 'react'
import { formatSubject } from '../../features/analysis/analysis-url.ts'
import { useAnalysisView } from '../../features/analysis/use-analysis.ts'
import { usePicked } from '../../lib/stores/pick-store.ts'
import { lowerSheet, raiseSheet, type Sheet } from '../../lib/stores/sheet-stack.ts'
import { useView } from '../../lib/url/view-context.tsx'

/** Raises `sheet` whenever `key` changes to a value, lowers it when `key` turns null. */
function useSheetKey(sheet: Sheet, key: string | null): void {
  useEffect(() => {
    if (key === null) lowerSheet(sheet)
    else raiseSheet(sheet)
  }, [sheet, key])
}

/**
 * Keeps the sheet stack in step with the panels that live in the URL: a newly selected place
 * brings its details on top, opening the analysis or changing its subject or tab brings the
 * analysis on top; closing either lowers it.
 */
export function useSheetsFromView(): void {
  const { selection } = useView()
  const picked = usePicked()
  const analysis = useAnalysisView()
  useSheetKey(
    'details',
    selection
      ? `${selection.kind}:${selection.id}`
      : picked
        ? `pick:${picked.keys.join(',')}`
        : null,
  )
  useSheetKey(
    'analysis',
    analysis ? `${analysis.mode}|${analysis.subject ? formatSubject(analysis.subject) : ''}` : null,
  )
}
