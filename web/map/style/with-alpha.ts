/**
 * `#rrggbb` with an opacity, as a CSS `rgba()` colour for a style.
 * @example withAlpha('#5b4fc7', 0.16) // 'rgba(91,79,199,0.16)'
 */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`withAlpha: expected a #rrggbb colour, got ${hex}`)
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16))
  return `rgba(${r},${g},${b},${alpha})`
}
