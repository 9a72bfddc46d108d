import { useAnalysisActions } from '../../features/analysis/use-analysis.ts'
import { SearchBox } from '../../features/search/search-box.tsx'

/**
 * The search box with the analysis's actions: a chosen chain (or chain link) opens its
 * completeness analysis; typed coordinates open the analysis around that point.
 */
export function AppSearch() {
  const analysis = useAnalysisActions()
  return (
    <SearchBox
      onChooseChain={(chain) => analysis.set({ mode: 'chain', chain })}
      onChoosePoint={(at) => analysis.open({ kind: 'point', at })}
    />
  )
}
