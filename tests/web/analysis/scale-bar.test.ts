import { describe, expect, it } from 'vitest'
import { metersPerPixel, scaleBar } from '../../../web/features/analysis/export/scale-bar.ts'

describe('the scale bar of the map image', () => {
  it('knows the ground size of a pixel: 78.3 km at the equator at zoom 0, halving per zoom and shrinking with cos(latitude)', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(78_271.517, 2)
    expect(metersPerPixel(0, 1)).toBeCloseTo(78_271.517 / 2, 2)
    expect(metersPerPixel(60, 0)).toBeCloseTo(78_271.517 / 2, 2)
  })

  it('measures Tianjin at zoom 10 at about 59 m per pixel', () => {
    expect(metersPerPixel(39.13, 10)).toBeCloseTo(59.27, 1)
  })

  it('takes the longest 1-2-5 distance that fits', () => {
    expect(scaleBar(20, 150)).toEqual({ meters: 2000, widthPx: 100 })
    expect(scaleBar(20, 99)).toEqual({ meters: 1000, widthPx: 50 })
    expect(scaleBar(10, 600)).toEqual({ meters: 5000, widthPx: 500 })
    expect(scaleBar(0.5, 160)).toEqual({ meters: 50, widthPx: 100 })
  })

  it('never draws a bar wider than allowed', () => {
    for (const mPerPx of [0.37, 3.3, 59.27, 411, 7654]) {
      const bar = scaleBar(mPerPx, 180)
      expect(bar.widthPx).toBeLessThanOrEqual(180)
      expect(bar.widthPx).toBeGreaterThan(180 / 5 - 1e-9)
    }
  })
})
