import { createStore } from '../../lib/stores/create-store.ts'

/**
 * Whether the next map click places a candidate point (client state only: the point it
 * places goes into the URL, the mode does not).
 */
export const pickMode = createStore(false)

export function usePickMode(): boolean {
  return pickMode.use()
}
