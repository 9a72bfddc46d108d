import type { Selection } from '../lib/url/view-url.ts'

type Listener = (target: Selection) => void
const listeners = new Set<Listener>()
/** The latest request made while nobody listened (the map not created yet); replayed on subscribe. */
let unheard: Selection | null = null

/**
 * Requests to bring a place into view (e.g. a chosen search result). The map view listens;
 * anything may ask. Not part of the URL: the resulting camera is.
 */
export const focusBus = {
  request(target: Selection): void {
    unheard = listeners.size === 0 ? target : null
    for (const listener of listeners) listener(target)
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    const missed = unheard
    unheard = null
    if (missed) listener(missed)
    return () => {
      listeners.delete(listener)
    }
  },
}
