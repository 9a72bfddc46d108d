import { describe, expect, it } from 'vitest'
import { spiderOffsets } from '../../web/map/sources/spider-layout.ts'

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1])

describe('fanning out the sites of an expanded cluster', () => {
  it('puts a few sites on one ring around the centre, the first at 12 o’clock', () => {
    const offsets = spiderOffsets(4)
    expect(offsets).toHaveLength(4)
    expect(offsets[0]?.[0]).toBeCloseTo(0)
    expect(offsets[0]?.[1]).toBeLessThan(0)
    const radii = offsets.map((o) => Math.hypot(...o))
    for (const r of radii) expect(r).toBeCloseTo(radii[0] ?? 0, 0)
  })

  it('keeps every two sites at least a marker apart, also in the spiral of a large stack', () => {
    for (const count of [2, 9, 10, 25]) {
      const offsets = spiderOffsets(count)
      expect(offsets).toHaveLength(count)
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          expect(distance(offsets[i] ?? [0, 0], offsets[j] ?? [0, 0])).toBeGreaterThan(14)
        }
      }
    }
  })

  it('returns nothing for an empty cluster', () => {
    expect(spiderOffsets(0)).toEqual([])
  })
})
