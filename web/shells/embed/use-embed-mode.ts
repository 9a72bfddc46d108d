import { useCallback, useState } from 'react'
import { type EmbedMode, parseEmbedMode, withEmbedMode } from '../../lib/url/embed-url.ts'

/** The embed's `view=map|list`, kept in the page URL (replaced, not pushed). */
export function useEmbedMode(): [EmbedMode, (mode: EmbedMode) => void] {
  const [mode, setModeState] = useState(() => parseEmbedMode(window.location.search))
  const setMode = useCallback((next: EmbedMode) => {
    const { pathname, search, hash } = window.location
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${withEmbedMode(search, next)}${hash}`,
    )
    setModeState(next)
  }, [])
  return [mode, setMode]
}
