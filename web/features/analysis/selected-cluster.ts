import { createStore } from '../../lib/stores/create-store.ts'

/** The cluster whose members the panel lists (clicked on the map or in the list); client state. */
export const selectedCluster = createStore<number | null>(null)

export function useSelectedCluster(): number | null {
  return selectedCluster.use()
}
