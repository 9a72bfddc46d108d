import { useMemo } from 'react'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'
import type { ViewState } from '../../lib/url/view-url.ts'

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

/** A view change that closes `parkId`'s profile if it is the one open (to join another step). */
export const closeProfileOf =
  (parkId: string) =>
  (view: ViewState): ViewState =>
    view.profile === parkId ? { ...view, profile: null } : view
