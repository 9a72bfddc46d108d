import { useEffect } from 'react'

/**
 * Marks the document while presenting (`<html data-presentation="true">`): `tour.css` then
 * hides the app's chrome (header, panels, map controls) and enlarges the caption.
 */
export function usePresentationChrome(presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return
    const root = document.documentElement
    root.dataset.presentation = 'true'
    return () => {
      delete root.dataset.presentation
    }
  }, [presenting])
}
