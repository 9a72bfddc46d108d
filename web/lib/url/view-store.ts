import { detectLang } from '../i18n/lang.ts'
import { createStore } from '../stores/create-store.ts'
import { CORE_VIEW_URL, type ViewState, type ViewUrl } from './view-url.ts'

/** `push` for meaningful changes (a new history entry), `replace` for camera moves. */
export type HistoryMode = 'push' | 'replace'

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
  subscribe(listener: () => void): () => void
  update(change: (view: ViewState) => ViewState, mode: HistoryMode): void
}

/**
 * The shareable view state, kept in the page URL (read and written by `viewUrl`, the shell's
 * composition of the view's parts): every update writes the query string (pushState or
 * replaceState) and back/forward (popstate) reads it back.
 */
export function createViewStore(win: HistoryWindow, viewUrl: ViewUrl = CORE_VIEW_URL): ViewStore {
  const defaultLang = detectLang(win.navigator.languages ?? [win.navigator.language])
  const view = createStore(viewUrl.parse(win.location.search, defaultLang))
  const urlFor = (next: ViewState | null) => {
    const { pathname, search, hash } = win.location
    return `${pathname}${next ? viewUrl.serialize(next, search) : search}${hash}`
  }
  // Write the resolved view (e.g. the detected language) without adding a history entry.
  win.history.replaceState(win.history.state, '', urlFor(view.get()))
  win.addEventListener('popstate', () => {
    view.set(viewUrl.parse(win.location.search, view.get().lang))
  })
  return {
    get: view.get,
    subscribe: view.subscribe,
    update(change, mode) {
      const next = change(view.get())
      if (next === view.get()) return
      const url = urlFor(next)
      if (url !== urlFor(null)) {
        if (mode === 'push') win.history.pushState(null, '', url)
        else win.history.replaceState(win.history.state, '', url)
      }
      view.set(next)
    },
  }
}
