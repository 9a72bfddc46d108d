import { createStore } from './create-store.ts'

/**
 * Places the user asked to choose from: the sites of a clicked cluster that does not split, or
 * the places of a district known only by district (a clicked district badge, `district` set).
 * Keys are `<kind>:<id>` (`site:…`, `park:…`).
 */
export interface Picked {
  keys: readonly string[]
  /** District code when the list is a district's places known only by district. */
  district: string | null
  /** District-level sites of the badge that are not in `keys` (too many to list: tiles). */
  unlisted?: number
}

const picked = createStore<Picked | null>(null)

/** Client state only; not part of the URL. */
export const pickStore = {
  get: picked.get,
  /** The places to choose from; an empty list or null clears them. */
  set: (next: Picked | null): void =>
    picked.set(next && next.keys.length + (next.unlisted ?? 0) > 0 ? next : null),
}

/** The places waiting to be chosen from, or null. */
export function usePicked(): Picked | null {
  return picked.use()
}
