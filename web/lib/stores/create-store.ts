import { useSyncExternalStore } from 'react'

/** A small global value with subscribers: read it, set it, watch it from React. */
export interface Store<T> {
  get(): T
  /** Replaces the value (listeners run only when it changes, by `Object.is`). */
  set(next: T): void
  /** Replaces the value with `change(current)`. */
  update(change: (current: T) => T): void
  subscribe(listener: () => void): () => void
  /** The current value in a component (re-renders when it changes). */
  use(): T
}

/**
 * A store over `useSyncExternalStore`, for client state that lives outside the URL (pick
 * mode, a clicked stack of sites, …). One helper instead of a hand-written store per value.
 *
 * @example
 * const picking = createStore(false)
 * picking.set(true)
 * picking.get() // true
 */
export function createStore<T>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<() => void>()
  const get = () => value
  const set = (next: T) => {
    if (Object.is(next, value)) return
    value = next
    for (const listener of [...listeners]) listener()
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  return {
    get,
    set,
    update: (change) => set(change(value)),
    subscribe,
    use: () => useSyncExternalStore(subscribe, get),
  }
}
