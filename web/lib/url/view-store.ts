import { detectLang } from '../i18n/lang.ts'
import { parseViewUrl, serializeViewUrl, type ViewState } from './view-url.ts'

/** `push` for meaningful changes (a new history entry), `replace` for camera moves. */
export type HistoryMode = 'push' | 'replace'
type Listener = () => void

/** The parts of `window` the store uses (kept narrow so it can be tested without a DOM). */
export interface HistoryWindow {
  navigator: { languages?: readonly string[]; language: string }
  location: { pathname: string; search: string; hash: string }
  history: {
    state: unknown
    pushState(state: unknown, unused: string, url: string): void
    replaceState(state: unknown, unused: string, url: string): void
  }
  addEventListener(type: 'popstate', listener: () => void): void
}

export interface ViewStore {
  get(): ViewState
  subscribe(listener: Listener): () => void
  update(change: (view: ViewState) => ViewState, mode: HistoryMode): void
}

/**
 * The shareable view state, kept in the page URL: every update writes the query string
 * (pushState or replaceState) and back/forward (popstate) reads it back.
 */
export function createViewStore(win: HistoryWindow): ViewStore {
  const defaultLang = detectLang(win.navigator.languages ?? [win.navigator.language])
  let view = parseViewUrl(win.location.search, defaultLang)
  const listeners = new Set<Listener>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  // Write the resolved view (e.g. the detected language) without adding a history entry.
  win.history.replaceState(win.history.state, '', urlFor(win, view))
  win.addEventListener('popstate', () => {
    view = parseViewUrl(win.location.search, view.lang)
    notify()
  })
  return {
    get: () => view,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    update(change, mode) {
      const next = change(view)
      if (next === view) return
      const url = urlFor(win, next)
      view = next
      if (url !== urlFor(win, null)) {
        if (mode === 'push') win.history.pushState(null, '', url)
        else win.history.replaceState(win.history.state, '', url)
      }
      notify()
    },
  }
}

function urlFor(win: HistoryWindow, view: ViewState | null): string {
  const { pathname, search, hash } = win.location
  return `${pathname}${view ? serializeViewUrl(view, search) : search}${hash}`
}
