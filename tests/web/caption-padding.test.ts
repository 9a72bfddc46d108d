import { describe, expect, it } from 'vitest'
import { CAPTION_MARGIN_PX, captionPadding } from '../../web/features/tour/caption-padding.ts'

const M = CAPTION_MARGIN_PX

/** The free rectangle padding leaves on a map of `width` × `height`. */
const free = (
  p: { top: number; bottom: number; left: number; right: number },
  w: number,
  h: number,
) => ({
  left: p.left,
  top: p.top,
  right: w - p.right,
  bottom: h - p.bottom,
})

describe('camera padding that keeps a tour stop clear of its caption card', () => {
  it('puts the stop right of a presented card on the left of a desktop screen', () => {
    const card = { left: 36, top: 260, right: 700, bottom: 860 }
    const padding = captionPadding(card, 1440, 900, 0)
    expect(padding).toEqual({ top: M, bottom: M, left: 700 + M, right: M })
    expect(free(padding, 1440, 900).left).toBeGreaterThan(card.right)
  })

  it('puts the stop above a card across the bottom of a phone, below the header', () => {
    const card = { left: 8, top: 520, right: 382, bottom: 820 }
    const padding = captionPadding(card, 390, 844, 120)
    expect(padding).toEqual({ top: 120 + M, bottom: 844 - 520 + M, left: M, right: M })
    const area = free(padding, 390, 844)
    expect(area.bottom).toBeLessThan(card.top)
    expect(area.top).toBeGreaterThan(120)
  })

  it('prefers the band above a centred desktop card when it is roomier than the sides', () => {
    const card = { left: 360, top: 540, right: 1080, bottom: 864 }
    expect(captionPadding(card, 1440, 900, 90).bottom).toBe(900 - 540 + M)
  })

  it('uses the left side when the card sits on the right', () => {
    const card = { left: 800, top: 100, right: 1420, bottom: 880 }
    expect(captionPadding(card, 1440, 900, 0)).toEqual({
      top: M,
      bottom: M,
      left: M,
      right: 1440 - 800 + M,
    })
  })

  it('never pads a small map so much that no room is left for the stop', () => {
    const card = { left: 0, top: 60, right: 300, bottom: 400 }
    const padding = captionPadding(card, 320, 400, 40, 120)
    expect(320 - padding.left - padding.right).toBeGreaterThanOrEqual(119)
    expect(400 - padding.top - padding.bottom).toBeGreaterThanOrEqual(119)
    for (const side of Object.values(padding)) expect(side).toBeGreaterThanOrEqual(0)
  })
})
