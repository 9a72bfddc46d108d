import { useSyncExternalStore } from 'react'

type Listener = () => void

/**
 * Sites the user clicked that share one spot (a stack of district-level positions): the
 * details panel lists them to choose from. Client state only; not part of the URL.
 */
let picked: readonly string[] | null = null
const listeners = new Set<Listener>()

export const pickStore = {
  get: (): readonly string[] | null => picked,
  set(ids: readonly string[] | null): void {
    picked = ids && ids.length > 0 ? ids : null
    for (const listener of listeners) listener()
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

/** The site ids waiting to be chosen from, or null. */
export function usePicked(): readonly string[] | null {
  return useSyncExternalStore(pickStore.subscribe, pickStore.get)
}
