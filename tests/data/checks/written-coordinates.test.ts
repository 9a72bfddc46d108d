import { describe, expect, it } from 'vitest'
import { writtenCoordinates } from '../../../api/data/checks/written-coordinates.ts'

const positions = (text: string) => writtenCoordinates(text).map((w) => w.position)

describe('writtenCoordinates', () => {
  it('reads degrees, minutes and seconds with hemispheres', () => {
    expect(positions('39°05′21″N 117°04′49″E (en.wikipedia)')).toEqual([[117.080278, 39.089167]])
    expect(positions('39°1′49.87″N 117°43′8.40″E')).toEqual([[117.719, 39.030519]])
  })

  it('reads decimal degrees with hemispheres', () => {
    expect(positions('Circle at 38.909°N 117.762°E, placed')).toEqual([[117.762, 38.909]])
  })

  it('reads bare decimal pairs near Tianjin in either order', () => {
    expect(positions('"Location: Nangang", 38.738256, 117.714095 (GEM)')).toEqual([
      [117.714095, 38.738256],
    ])
    expect(positions('[117.080226, 39.089068]')).toEqual([[117.080226, 39.089068]])
  })

  it('ignores numbers that are no coordinate near Tianjin', () => {
    expect(positions('52.9 km², phase 10.3, 1.2 Mt/yr, 12.546, 45.5')).toEqual([])
  })
})
