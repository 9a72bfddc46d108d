/**
 * Key → action while a tour runs (`null` = not a tour key). DOM-free, so tests can import it.
 *
 * @example tourKeyAction('PageDown') // 'next'
 */
export function tourKeyAction(key: string): 'next' | 'previous' | 'exit' | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return 'next'
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous'
  if (key === 'Escape') return 'exit'
  return null
}
