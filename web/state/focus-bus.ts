import type { Selection } from '../map/view-url.ts'

type Listener = (target: Selection) => void
const listeners = new Set<Listener>()

/**
 * Requests to bring a place into view (e.g. a chosen search result). The map view listens;
 * anything may ask. Not part of the URL: the resulting camera is.
 */
export const focusBus = {
  request(target: Selection): void {
    for (const listener of listeners) listener(target)
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}
