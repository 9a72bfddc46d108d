import { type ReactNode, useEffect, useState } from 'react'
import { useMap } from './map-provider.tsx'

/** How long panels wait for the map at most: a map that cannot draw must not hide them. */
export const FIRST_MAP_WAIT_MS = 3000

/**
 * Renders `children` (the panels and controls around a live map) once the map of the nearest
 * `<MapProvider>` has drawn its districts, parks and sites, or after `waitMs`. The map is what
 * a visitor opens the page for: laid out and painted before it, the panels held the browser
 * while the map's first frame waited (on a software GPU, ~0.1–0.2 s); they follow one frame
 * after it. A loading or error message belongs outside, so that it shows at once.
 */
export function AfterFirstMap(props: { children: ReactNode; waitMs?: number }) {
  const drawn = useMap() !== null
  const [waited, setWaited] = useState(false)
  const waitMs = props.waitMs ?? FIRST_MAP_WAIT_MS
  useEffect(() => {
    if (drawn) return
    const timer = setTimeout(() => setWaited(true), waitMs)
    return () => clearTimeout(timer)
  }, [drawn, waitMs])
  return drawn || waited ? props.children : null
}
