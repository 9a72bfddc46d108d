import { useSyncExternalStore } from 'react'

/**
 * Whether the next map click places a candidate point (client state only: the point it
 * places goes into the URL, the mode does not).
 */
let picking = false
const listeners = new Set<() => void>()

export const pickMode = {
  get: (): boolean => picking,
  set(next: boolean): void {
    if (next === picking) return
    picking = next
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

export function usePickMode(): boolean {
  return useSyncExternalStore(pickMode.subscribe, pickMode.get)
}
