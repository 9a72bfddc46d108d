import { useEffect, useMemo, useState } from 'react'

/**
 * Whether the page is shown full screen, and the Fullscreen API's requests to enter (needs a
 * user gesture; refused quietly elsewhere, e.g. on a page opened from a link) and to leave.
 */
export function useFullscreen() {
  const [on, setOn] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => setOn(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  const requests = useMemo(
    () => ({
      available: document.fullscreenEnabled,
      enter: () => {
        if (document.fullscreenElement) return
        document.documentElement.requestFullscreen?.().catch(() => undefined)
      },
      exit: () => {
        if (!document.fullscreenElement) return
        document.exitFullscreen().catch(() => undefined)
      },
    }),
    [],
  )
  return { on, ...requests }
}
