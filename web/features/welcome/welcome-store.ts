import { createStore } from '../../lib/stores/create-store.ts'

/** Where the browser remembers that the welcome was dismissed. */
export const WELCOME_KEY = 'tianjin-industry-map.welcome-dismissed'

function dismissedBefore(): boolean {
  try {
    return window.localStorage.getItem(WELCOME_KEY) === '1'
  } catch {
    return false // storage blocked: show it, dismissal then lasts for the page only
  }
}

/**
 * Whether the welcome shows: on a first visit to the plain map (not on a shared link to a
 * place, analysis or tour, whose content comes first), until dismissed; Help reopens it.
 */
export const welcomeStore = createStore<boolean>(false)

/** Shows the welcome when this browser has not dismissed it and the URL shares nothing. */
export function initWelcome(search: string): void {
  const params = new URLSearchParams(search)
  const shared = ['sel', 'analysis', 'tour', 'profile', 'compare'].some((p) => params.has(p))
  welcomeStore.set(!shared && !dismissedBefore())
}

/** Hides the welcome; `remember` keeps it hidden on later visits. */
export function dismissWelcome(remember: boolean): void {
  welcomeStore.set(false)
  if (!remember) return
  try {
    window.localStorage.setItem(WELCOME_KEY, '1')
  } catch {
    // storage blocked: nothing to remember it in
  }
}
