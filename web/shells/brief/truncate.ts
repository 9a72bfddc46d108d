/**
 * Cuts `text` to at most `maxChars` characters (code points), ending with "…" when cut, so
 * that printed quotes keep a fixed size.
 *
 * @example truncateText('一二三四五', 3) // { text: '一二…', cut: true }
 */
export function truncateText(text: string, maxChars: number): { text: string; cut: boolean } {
  const chars = [...text.trim()]
  if (chars.length <= maxChars) return { text: chars.join(''), cut: false }
  return {
    text: `${chars
      .slice(0, Math.max(maxChars - 1, 0))
      .join('')
      .trimEnd()}…`,
    cut: true,
  }
}
