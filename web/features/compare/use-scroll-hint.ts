import { type RefObject, useEffect, useState } from 'react'

/**
 * Whether `ref`'s content runs on past its right edge (more columns to swipe to), updated as
 * it scrolls or resizes. False once scrolled to the end, or when everything fits.
 */
export function useMoreToTheRight(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const update = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 2)
    update()
    element.addEventListener('scroll', update, { passive: true })
    const observer = new ResizeObserver(update)
    observer.observe(element)
    for (const child of element.children) observer.observe(child)
    return () => {
      element.removeEventListener('scroll', update)
      observer.disconnect()
    }
  }, [ref])
  return more
}
