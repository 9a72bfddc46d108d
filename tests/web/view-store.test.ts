import { describe, expect, it } from 'vitest'
import { createViewStore } from '../../web/lib/url/view-store.ts'

/** Just enough of `window` for the store: location, history and popstate. */
function fakeWindow(url: string, languages: string[]) {
  const entries = [new URL(url)]
  let index = 0
  const listeners: Array<() => void> = []
  const go = (to: string) => new URL(to, entries[index])
  const win = {
    navigator: { languages, language: languages[0] ?? 'en' },
    get location() {
      return entries[index] as URL
    },
    history: {
      state: null,
      pushState(_state: unknown, _title: string, to: string) {
        entries.splice(index + 1, entries.length, go(to))
        index += 1
      },
      replaceState(_state: unknown, _title: string, to: string) {
        entries[index] = go(to)
      },
    },
    addEventListener(_type: 'popstate', listener: () => void) {
      listeners.push(listener)
    },
    back() {
      index -= 1
      for (const listener of listeners) listener()
    },
    entries,
  }
  return win
}

describe('the view store', () => {
  it('writes the detected language into the URL without a history entry', () => {
    const win = fakeWindow('https://map.test/?debug=1', ['zh-CN', 'en'])
    const store = createViewStore(win)
    expect(store.get().lang).toBe('zh')
    expect(win.location.search).toBe('?debug=1&lang=zh')
    expect(win.entries).toHaveLength(1)
  })

  it('pushes meaningful changes, replaces camera moves, and restores on back', () => {
    const win = fakeWindow('https://map.test/?lang=en', ['en'])
    const store = createViewStore(win)
    store.update((v) => ({ ...v, selection: { kind: 'park', id: 'teda' } }), 'push')
    store.update((v) => ({ ...v, camera: { center: [117, 39], zoom: 9 } }), 'replace')
    expect(win.entries.map((u) => u.search)).toEqual([
      '?lang=en',
      '?lang=en&c=117.0000,39.0000&z=9.00&sel=park:teda',
    ])
    win.back()
    expect(store.get().selection).toBeNull()
  })
})
