import { useMemo } from 'react'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'
import type { HistoryMode } from '../../lib/url/view-store.ts'
import {
  type AnalysisSubject,
  type AnalysisView,
  DEFAULT_ANALYSIS,
  MAX_CANDIDATES,
  sameSubject,
} from './analysis-url.ts'

/** The open analysis (null when the panel is closed); it lives in the URL. */
export function useAnalysisView(): AnalysisView | null {
  return useView().analysis ?? null
}

/** Named updates of the analysis; settings dragged live use `replace` history entries. */
export function useAnalysisActions() {
  const store = useViewStore()
  return useMemo(() => {
    const update = (
      change: (analysis: AnalysisView) => AnalysisView | null,
      mode: HistoryMode = 'push',
    ) => store.update((v) => ({ ...v, analysis: change(v.analysis ?? DEFAULT_ANALYSIS) }), mode)
    return {
      /** Opens the panel (optionally on a subject), keeping the other settings. */
      open: (subject?: AnalysisSubject) => update((a) => ({ ...a, subject: subject ?? a.subject })),
      close: () => update(() => null),
      set: (change: Partial<AnalysisView>, mode: HistoryMode = 'push') =>
        update((a) => ({ ...a, ...change }), mode),
      pin: (subject: AnalysisSubject) =>
        update((a) =>
          a.candidates.some((c) => sameSubject(c, subject)) || a.candidates.length >= MAX_CANDIDATES
            ? a
            : { ...a, candidates: [...a.candidates, subject] },
        ),
      unpin: (index: number) =>
        update((a) => ({ ...a, candidates: a.candidates.filter((_, i) => i !== index) })),
    }
  }, [store])
}
