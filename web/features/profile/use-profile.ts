import { useMemo } from 'react'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'

/** The park whose profile is open (null when closed); it lives in the URL (`profile=`). */
export function useProfileId(): string | null {
  return useView().profile ?? null
}

/** Opens or closes the park profile (each a new history entry). */
export function useProfileActions() {
  const store = useViewStore()
  return useMemo(
    () => ({
      open: (parkId: string) => store.update((v) => ({ ...v, profile: parkId }), 'push'),
      close: () => store.update((v) => ({ ...v, profile: null }), 'push'),
    }),
    [store],
  )
}
