/** A box on the page, px (a `DOMRect` fits). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Padding per side, px (MapLibre's `PaddingOptions`). */
export interface SidePadding {
  top: number
  bottom: number
  left: number
  right: number
}

/** Room kept between the place and the caption card or the map's edges, px. */
export const CAPTION_MARGIN_PX = 24

/**
 * Camera padding that keeps a tour stop clear of its caption card: of the free bands beside
 * the card (left, right) and above it (below the page chrome, `chromeTopPx` tall) the one
 * whose shorter side is longest takes the place; the card's side is padded away. Padding is
 * capped so that at least a `minFreePx` square stays usable (MapLibre rejects more).
 *
 * @example
 * // presenting on 1440×900, card on the left up to x = 700: the stop goes to its right
 * captionPadding({ left: 36, top: 260, right: 700, bottom: 860 }, 1440, 900, 0).left // 724
 * @example
 * // a phone, card across the bottom from y = 520: the stop goes above it
 * captionPadding({ left: 8, top: 520, right: 382, bottom: 820 }, 390, 844, 120).bottom // 348
 */
export function captionPadding(
  card: Box,
  mapWidthPx: number,
  mapHeightPx: number,
  chromeTopPx: number,
  minFreePx = 120,
): SidePadding {
  const m = CAPTION_MARGIN_PX
  const top = chromeTopPx + m
  const bands: { free: number; padding: SidePadding }[] = [
    {
      free: Math.min(mapWidthPx - card.right, mapHeightPx - top),
      padding: { top, bottom: m, left: card.right + m, right: m },
    },
    {
      free: Math.min(card.left, mapHeightPx - top),
      padding: { top, bottom: m, left: m, right: mapWidthPx - card.left + m },
    },
    {
      free: Math.min(mapWidthPx, card.top - top),
      padding: { top, bottom: mapHeightPx - card.top + m, left: m, right: m },
    },
  ]
  const best = bands.reduce((a, b) => (b.free > a.free ? b : a))
  return fitPadding(best.padding, mapWidthPx, mapHeightPx, minFreePx)
}

/** Shrinks padding so that a `minFreePx` square stays between opposite sides. */
function fitPadding(p: SidePadding, width: number, height: number, minFreePx: number) {
  const shrink = (a: number, b: number, size: number): [number, number] => {
    const excess = a + b + minFreePx - size
    if (excess <= 0) return [a, b]
    const total = a + b || 1
    return [Math.max(0, a - (excess * a) / total), Math.max(0, b - (excess * b) / total)]
  }
  const [left, right] = shrink(p.left, p.right, width)
  const [top, bottom] = shrink(p.top, p.bottom, height)
  return {
    top: Math.round(top),
    bottom: Math.round(bottom),
    left: Math.round(left),
    right: Math.round(right),
  }
}
