import { useMemo } from 'react'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'
import type { ViewState } from '../../lib/url/view-url.ts'
import { type CompareView, MAX_COMPARE } from './compare-url.ts'

/** The parks compared (null when none); they live in the URL (`cmp=a,b,c`). */
export function useCompareView(): CompareView | null {
  return useView().compare ?? null
}

/** Adds and removes compared parks, and chooses the compared chain. */
export function useCompareActions() {
  const store = useViewStore()
  return useMemo(() => {
    const update = (
      change: (view: CompareView) => CompareView | null,
      also: (view: ViewState) => ViewState = (view) => view,
    ) =>
      store.update((v) => {
        const next = change(v.compare ?? { parks: [], chain: null })
        const compare = next && next.parks.length > 0 ? next : null
        return also({ ...v, compare })
      }, 'push')
    return {
      /**
       * Adds a park (ignored when present or full). `also` changes the rest of the view in
       * the same history entry (the shell uses it to close the park's profile).
       */
      add: (parkId: string, also?: (view: ViewState) => ViewState) =>
        update(
          (c) =>
            c.parks.includes(parkId) || c.parks.length >= MAX_COMPARE
              ? c
              : { ...c, parks: [...c.parks, parkId] },
          also,
        ),
      remove: (parkId: string) =>
        update((c) => ({ ...c, parks: c.parks.filter((id) => id !== parkId) })),
      /** Scores every park on `chain`, or each on its own main chain (null). */
      setChain: (chain: string | null) => update((c) => ({ ...c, chain })),
      clear: () => update(() => null),
    }
  }, [store])
}
