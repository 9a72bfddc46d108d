import { createStore } from './create-store.ts'

const picked = createStore<readonly string[] | null>(null)

/**
 * Sites the user clicked that share one spot (a stack of district-level positions): the
 * details panel lists them to choose from. Client state only; not part of the URL.
 */
export const pickStore = {
  get: picked.get,
  /** The ids to choose from; an empty list or null clears them. */
  set: (ids: readonly string[] | null): void => picked.set(ids && ids.length > 0 ? ids : null),
}

/** The site ids waiting to be chosen from, or null. */
export function usePicked(): readonly string[] | null {
  return picked.use()
}
