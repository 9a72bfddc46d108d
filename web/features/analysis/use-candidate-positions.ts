import { useMemo } from 'react'
import type { AnalysisView } from './analysis-url.ts'
import { resolveSubject } from './place-facts.ts'
import { candidateLabel, type useAnalysisData } from './use-analysis-data.ts'

/**
 * Candidates with their label (A, B, C) and position (unknown places left out; a place known
 * only by district keeps its label with `position: null`: nothing is measured from it).
 */
export function useCandidatePositions(
  subjects: AnalysisView['candidates'] | undefined,
  lookup: ReturnType<typeof useAnalysisData>['lookup'],
) {
  return useMemo(
    () =>
      (subjects ?? []).flatMap((s, i) => {
        const resolved = lookup ? resolveSubject(s, lookup) : null
        return resolved ? [{ label: candidateLabel(i), position: resolved.position, resolved }] : []
      }),
    [subjects, lookup],
  )
}
