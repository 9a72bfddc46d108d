import { describe, expect, it } from 'vitest'
import { legendLayout } from '../../../web/features/analysis/export/legend-layout.ts'

describe('the PNG legend layout', () => {
  it('sits bottom-left with one line per item, inside the image', () => {
    const box = legendLayout(3, 180, 900)
    expect(box.height).toBe(114)
    expect(box.y + box.height).toBe(900 - 16)
    expect(box.itemYs).toHaveLength(3)
    expect(Math.max(...box.itemYs)).toBeLessThan(box.y + box.height)
    expect(box.width).toBe(14 * 2 + 18 + 8 + 180)
  })
})
