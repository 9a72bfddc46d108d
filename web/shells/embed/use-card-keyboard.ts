import { type RefObject, useLayoutEffect, useRef } from 'react'

/**
 * Keyboard for the place card: when `place` (`kind:id`) opens and `takeFocus` is set, focus
 * moves onto the card's `heading` (so the card's buttons are the next Tab stops); Escape
 * closes the card and hands the place to `onClosed` (to return focus where it came from).
 */
export function useCardKeyboard(
  place: string | null,
  heading: RefObject<HTMLElement | null>,
  options: {
    shown: boolean
    takeFocus: boolean
    close: () => void
    onClosed?: (place: string) => void
  },
): void {
  const latest = useRef(options)
  latest.current = options
  // Both before the card is painted, so that keys pressed as soon as it shows already work
  // (passive effects may run a frame later, e.g. under Preact).
  useLayoutEffect(() => {
    if (place && options.shown && latest.current.takeFocus) heading.current?.focus()
  }, [place, options.shown, heading])
  useLayoutEffect(() => {
    if (!place) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      latest.current.close()
      latest.current.onClosed?.(place)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [place])
}
