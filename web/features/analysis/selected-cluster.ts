import { useSyncExternalStore } from 'react'

/** The cluster whose members the panel lists (clicked on the map or in the list); client state. */
let selected: number | null = null
const listeners = new Set<() => void>()

export const selectedCluster = {
  get: (): number | null => selected,
  set(next: number | null): void {
    if (next === selected) return
    selected = next
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

export function useSelectedCluster(): number | null {
  return useSyncExternalStore(selectedCluster.subscribe, selectedCluster.get)
}
