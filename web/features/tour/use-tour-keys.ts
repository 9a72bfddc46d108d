import { useEffect, useRef } from 'react'
import { tourKeyAction } from './tour-keys.ts'

export interface TourKeyActions {
  next: () => void
  previous: () => void
  /** Escape (only bound while presenting). */
  exit?: () => void
}

/**
 * Keyboard stepping while a tour runs: ArrowRight / PageDown / Space = next, ArrowLeft /
 * PageUp = previous, Escape = `exit` (when given). Listens on the window in the capture phase
 * so the map does not also pan; keys typed into form fields, and Space on a button or link
 * (which presses it), are left alone.
 */
export function useTourKeys(active: boolean, actions: TourKeyActions): void {
  const ref = useRef(actions)
  ref.current = actions
  useEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return
      const action = tourKeyAction(event.key)
      if (!action) return
      if (event.key === ' ' && target?.closest('button, a')) return
      const run = action === 'exit' ? ref.current.exit : ref.current[action]
      if (!run) return
      event.preventDefault()
      event.stopPropagation()
      run()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [active])
}
