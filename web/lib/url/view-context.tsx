import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react'
import { LangProvider } from '../i18n/lang-context.tsx'
import type { HistoryMode, ViewStore } from './view-store.ts'
import type { Selection, ViewState } from './view-url.ts'

const ViewStoreContext = createContext<ViewStore | null>(null)

/** Gives the page's view store to everything below, and its language to `useI18n`. */
export function ViewStoreProvider(props: { store: ViewStore; children: ReactNode }) {
  const { store } = props
  const lang = useSyncExternalStore(store.subscribe, () => store.get().lang)
  return (
    <ViewStoreContext value={store}>
      <LangProvider lang={lang}>{props.children}</LangProvider>
    </ViewStoreContext>
  )
}

export function useViewStore(): ViewStore {
  const store = useContext(ViewStoreContext)
  if (!store) throw new Error('useViewStore needs a <ViewStoreProvider>')
  return store
}

/** The current view (re-renders on every change). */
export function useView(): ViewState {
  const store = useViewStore()
  return useSyncExternalStore(store.subscribe, store.get)
}

/** Named updates of the view, each choosing its history mode. */
export function useViewActions() {
  const store = useViewStore()
  return useMemo(() => {
    const set = (change: (view: ViewState) => ViewState, mode: HistoryMode = 'push') =>
      store.update(change, mode)
    return {
      select: (selection: Selection | null) => set((v) => ({ ...v, selection })),
      setLang: (lang: ViewState['lang']) => set((v) => ({ ...v, lang })),
      setHiddenSectors: (hiddenSectors: readonly string[]) => set((v) => ({ ...v, hiddenSectors })),
      setFilters: (filters: Partial<ViewState['filters']>) =>
        set((v) => ({ ...v, filters: { ...v.filters, ...filters } })),
      setCamera: (camera: ViewState['camera']) => set((v) => ({ ...v, camera }), 'replace'),
    }
  }, [store])
}
